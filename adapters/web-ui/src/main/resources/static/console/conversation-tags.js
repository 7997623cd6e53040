import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";

/** A conversation's tags in the sidebar: remove with ×, add by typing one and pressing Enter. */
class ParleyConversationTags extends LitElement {
  static properties = {conversationId: {attribute: "conversation-id"}, tags: {state: true}, failure: {state: true}};

  constructor() {
    super();
    this.tags = [];
    this.failure = "";
  }

  updated(changed) {
    if (changed.has("conversationId")) this.call("GET");
  }

  path(tag) {
    const base = `/api/v1/conversations/${encodeURIComponent(this.conversationId)}/tags`;
    return tag === undefined ? base : `${base}/${encodeURIComponent(tag)}`;
  }

  async call(method, tag, body) {
    const id = this.conversationId;
    if (!id) return;
    // cleared when a call starts, not when it ends: a slower earlier success must not hide a later failure
    this.failure = "";
    try {
      const answer = await api(method, this.path(tag), body);
      if (id === this.conversationId) this.tags = answer.items;
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  add(event) {
    event.preventDefault();
    const input = event.target.elements.tag;
    const tag = input.value.trim();
    if (!tag) return;
    this.call("POST", undefined, {tag}).then(() => !this.failure && (input.value = ""));
  }

  render() {
    return html`<h4>${t("tags.title")}</h4>
      <ul>${this.tags.map((tag) => html`<li class="tag"><span>${tag}</span><button class="remove"
        aria-label=${t("tags.remove") + " " + tag} @click=${() => this.call("DELETE", tag)}>×</button></li>`)}</ul>
      <form @submit=${this.add}><input name="tag" maxlength="32" placeholder=${t("tags.add")}
        aria-label=${t("tags.add")}></form>
      <p class="failure" role="alert">${this.failure}</p>`;
  }

  static styles = css`
    :host { display: block; margin-top: 12px; }
    h4 { margin: 0 0 4px; font-size: 13px; }
    ul { list-style: none; margin: 0 0 6px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
    .tag { background: #e0e7ff; color: #1e3a8a; border-radius: 10px; padding: 1px 4px 1px 8px; display: flex; gap: 2px; }
    .remove { all: unset; cursor: pointer; padding: 0 4px; }
    .remove:focus-visible { outline: 2px solid #1e40af; }
    input { font: inherit; padding: 3px 6px; width: 100%; box-sizing: border-box; }
    .failure { color: #b91c1c; margin: 4px 0 0; min-height: 0; }
  `;
}

customElements.define("parley-conversation-tags", ParleyConversationTags);
