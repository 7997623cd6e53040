import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";
import {date} from "./text.js";

/** The visitor's other conversations, newest first, for the sidebar; choosing one opens it in the console. */
class ParleyVisitorHistory extends LitElement {
  static properties = {visitorId: {attribute: "visitor-id"}, current: {}, items: {state: true}};

  constructor() {
    super();
    this.items = [];
  }

  updated(changed) {
    if (changed.has("visitorId") || changed.has("current")) this.load();
  }

  async load() {
    const visitor = this.visitorId;
    if (!visitor) return;
    try {
      const page = await api("GET", `/api/v1/conversations?size=20&visitor=${encodeURIComponent(visitor)}`);
      if (visitor === this.visitorId) this.items = page.items.filter((c) => c.id !== this.current);
    } catch {
      this.items = [];
    }
  }

  open(id) {
    this.dispatchEvent(new CustomEvent("parley-open", {detail: id, bubbles: true, composed: true}));
  }

  render() {
    return html`<h4>${t("history.title")}</h4>
      ${this.items.length === 0 ? html`<p class="none">${t("history.none")}</p>` : html`<ul>
        ${this.items.map((c) => html`<li><button class="previous" data-id=${c.id} @click=${() => this.open(c.id)}>
          <span class="when">${date(c.updatedAt)}</span>
          <span class="status">${t("status." + c.status)}</span></button></li>`)}</ul>`}`;
  }

  static styles = css`
    :host { display: block; margin-top: 12px; }
    h4 { margin: 0 0 4px; font-size: 13px; }
    ul { list-style: none; margin: 0; padding: 0; }
    button { all: unset; cursor: pointer; display: flex; gap: 8px; padding: 3px 0; color: #1e40af; }
    button:focus-visible { outline: 2px solid #1e40af; }
    .none { color: #6b7280; margin: 0; }
  `;
}

customElements.define("parley-visitor-history", ParleyVisitorHistory);
