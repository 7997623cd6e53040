import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t, language} from "./i18n.js";

/**
 * Under the allowed origins, for admins: a warning when the workspace allows every origin, and the pages whose
 * widget was refused lately, each with a button that adds its origin to the allowed ones.
 */
class ParleyRefusedOrigins extends LitElement {
  static properties = {workspace: {attribute: false}, refused: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.workspace = null;
    this.refused = [];
    this.notice = "";
  }

  updated(changed) {
    if (changed.has("workspace") && this.workspace) this.load();
  }

  async load() {
    try {
      this.refused = (await api("GET", "/api/v1/workspace/refused-origins")).items;
    } catch (error) {
      this.notice = t("error.generic") + error.message;
    }
  }

  async allow(origin) {
    const origins = [...(this.workspace?.allowedOrigins || []), origin];
    try {
      await api("PATCH", "/api/v1/workspace", {allowedOrigins: origins});
      this.notice = `${t("origins.allowed")} ${origin}`;
      this.dispatchEvent(new CustomEvent("origins-changed", {bubbles: true, composed: true}));
    } catch (error) {
      this.notice = t("error.generic") + error.message;
    }
  }

  when(instant) {
    return new Intl.DateTimeFormat(language(), {dateStyle: "short", timeStyle: "short"}).format(new Date(instant));
  }

  render() {
    const wildcard = (this.workspace?.allowedOrigins || []).includes("*");
    return html`
      ${wildcard ? html`<p class="wildcard" role="alert">${t("origins.wildcard")}</p>` : ""}
      ${this.refused.length ? html`
        <h3>${t("origins.refused")}</h3>
        <p class="hint">${t("origins.refusedHint")}</p>
        <ul>${this.refused.map((r) => html`<li data-origin=${r.origin}>
          <span class="origin">${r.origin}</span>
          <span class="seen">${r.refusals.toLocaleString(language())} ${t("origins.count")} · ${t("origins.last")}
            ${this.when(r.lastRefusedAt)}</span>
          <button class="allow" @click=${() => this.allow(r.origin)}>${t("origins.allow")}</button></li>`)}</ul>` : ""}
      <p class="ro-notice" role="status">${this.notice}</p>`;
  }

  static styles = css`
    :host { display: block; max-width: 520px; }
    .wildcard { background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; padding: 8px; border-radius: 6px; }
    h3 { font-size: 14px; margin: 12px 0 4px; }
    .hint { margin: 0 0 6px; color: #4b5563; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; gap: 10px; align-items: center; padding: 4px 0; border-bottom: 1px solid #f3f4f6; }
    .origin { font-family: ui-monospace, monospace; flex: 1; word-break: break-all; }
    .seen { color: #6b7280; font-size: 12px; }
    button { font: inherit; padding: 2px 8px; }
    .ro-notice { min-height: 1em; color: #1e40af; margin: 4px 0 0; }
  `;
}

customElements.define("parley-refused-origins", ParleyRefusedOrigins);
