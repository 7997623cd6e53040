import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";

/**
 * Agent assist: knowledge entries that may answer the visitor's latest message
 * (GET /api/v1/conversations/{id}/suggestions), as a strip above the composer. Choosing one fires "parley-insert"
 * with its answer. It asks again whenever "revision" (the newest visitor message) changes while it is "active".
 */
class ParleySuggestions extends LitElement {
  static properties = {
    conversationId: {attribute: false}, revision: {attribute: false}, active: {type: Boolean},
    items: {state: true}
  };

  constructor() {
    super();
    this.items = [];
  }

  updated(changed) {
    if (changed.has("conversationId")) this.items = [];
    if (this.active && this.conversationId && this.revision && this.asked !== `${this.conversationId}@${this.revision}`) {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.ask(), 300);
    }
  }

  async ask() {
    const id = this.conversationId;
    const asked = `${id}@${this.revision}`;
    this.asked = asked;
    try {
      const page = await api("GET", `/api/v1/conversations/${encodeURIComponent(id)}/suggestions`);
      if (this.asked === asked) this.items = page.items.slice(0, 3);
    } catch {
      this.items = [];  // a nicety: the conversation works without it
    }
  }

  choose(suggestion) {
    this.dispatchEvent(new CustomEvent("parley-insert", {detail: suggestion.answer, bubbles: true, composed: true}));
  }

  render() {
    if (!this.items.length) return "";
    return html`<div class="strip" role="group" aria-label=${t("assist.title")}>
      <span class="label">${t("assist.title")}</span>
      ${this.items.map((s) => html`<button class="suggestion" title=${s.answer} data-entry=${s.entryId}
          @click=${() => this.choose(s)}><b>${s.question}</b> <span class="answer">${s.answer}</span></button>`)}
    </div>`;
  }

  static styles = css`
    :host { display: block; }
    .strip { display: flex; gap: 6px; align-items: center; padding: 6px 14px; border-top: 1px solid #e5e7eb;
      background: #f0fdf4; overflow-x: auto; }
    .label { font-size: 12px; color: #166534; flex: none; }
    .suggestion { font: inherit; font-size: 13px; border: 1px solid #bbf7d0; background: #fff; border-radius: 14px;
      padding: 2px 10px; cursor: pointer; max-width: 320px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .suggestion:hover { background: #dcfce7; }
    .answer { color: #4b5563; }
  `;
}

customElements.define("parley-suggestions", ParleySuggestions);
