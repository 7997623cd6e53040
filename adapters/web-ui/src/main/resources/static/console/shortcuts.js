import {LitElement, html, css} from "lit";
import {t} from "./i18n.js";

export const SHORTCUTS = [
  ["Enter", "shortcuts.send"], ["Shift+Enter", "shortcuts.newLine"], ["/", "shortcuts.canned"],
  ["↑ / ↓", "shortcuts.cannedChoose"], ["Alt+↓ / Alt+↑", "shortcuts.list"], ["Alt+1 … Alt+9", "shortcuts.nth"],
  ["Alt+] / Alt+[", "shortcuts.cycle"], ["Alt+W", "shortcuts.close"]
];

/** The console's keyboard shortcuts, from the ⌨ button in the header. */
class ParleyShortcuts extends LitElement {
  connectedCallback() {
    super.connectedCallback();
    this.escape = (event) => event.key === "Escape" && this.dispatchEvent(new CustomEvent("close"));
    window.addEventListener("keydown", this.escape);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("keydown", this.escape);
  }

  render() {
    return html`<section role="dialog" aria-label=${t("shortcuts.title")}>
      <h2>${t("shortcuts.title")}</h2>
      <table>${SHORTCUTS.map(([keys, what]) => html`<tr><td><kbd>${keys}</kbd></td><td>${t(what)}</td></tr>`)}</table>
      <button @click=${() => this.dispatchEvent(new CustomEvent("close"))}>${t("shortcuts.done")}</button>
    </section>`;
  }

  static styles = css`
    section { background: #fff; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.15);
      padding: 12px 16px; font-size: 13px; max-width: 420px; }
    h2 { font-size: 14px; margin: 0 0 8px; }
    table { border-collapse: collapse; }
    td { padding: 3px 10px 3px 0; vertical-align: top; }
    kbd { font: 12px ui-monospace, monospace; background: #f3f4f6; border: 1px solid #d1d5db; border-radius: 4px; padding: 1px 5px; white-space: nowrap; }
    button { font: inherit; margin-top: 8px; padding: 3px 12px; }
  `;
}

customElements.define("parley-shortcuts", ParleyShortcuts);
