import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";

/**
 * A conversation's actions: claim, assign or transfer with an internal note for the next agent (admins see the
 * workspace's agents), resolve and reopen. Each answer comes back as "parley-conversation" with the conversation as
 * it is now; a refusal as "parley-failure" with its message.
 */
class ParleyConversationActions extends LitElement {
  static properties = {
    conversation: {attribute: false}, agent: {attribute: false}, agents: {state: true}, transferTo: {state: true}
  };

  constructor() {
    super();
    this.agents = [];
    this.transferTo = "";
  }

  connectedCallback() {
    super.connectedCallback();
    // only administrators may list the workspace's agents
    if (this.agent?.role === "ADMIN") {
      api("GET", "/api/v1/agents").then((page) => (this.agents = page.items || []), () => (this.agents = []));
    }
  }

  tell(name, detail) {
    this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }

  async act(path, body) {
    try {
      this.tell("parley-conversation", await api("POST", `/api/v1/conversations/${this.conversation.id}/${path}`, body));
      return true;
    } catch (error) {
      this.tell("parley-failure", t("error.generic") + error.message);
      return false;
    }
  }

  /** Assigns the conversation to another agent, with an internal note telling them why. */
  async transfer() {
    const note = (this.transferNote || "").trim();
    const id = this.conversation.id;
    if (await this.act("assign", {agentId: this.transferTo}) && note) {
      await api("POST", `/api/v1/conversations/${id}/messages`, {clientMessageId: "c-" + crypto.randomUUID(), body: note,
        kind: "NOTE"}).catch((error) => this.tell("parley-failure", t("error.generic") + error.message));
    }
    this.transferTo = "";
    this.transferNote = "";
  }

  render() {
    const c = this.conversation;
    if (!c) return "";
    const resolved = c.status === "RESOLVED";
    return html`
      ${!resolved && c.assignee !== this.agent.id ? html`<button class="claim" @click=${() => this.act("claim")}>${t("action.claim")}</button>` : ""}
      ${!resolved && this.agents.length ? html`<select class="assign" aria-label=${t("action.assign")}
          @change=${(e) => (this.transferTo = e.target.value)}>
          <option value="">${t("action.assign")}</option>
          ${this.agents.filter((a) => a.enabled !== false).map((a) => html`<option value=${a.id} ?selected=${a.id === c.assignee}>${a.displayName}</option>`)}
        </select>` : ""}
      ${this.transferTo && this.transferTo !== c.assignee ? html`<input class="transfer-note"
          placeholder=${t("action.transferNote")} @change=${(e) => (this.transferNote = e.target.value)}>
        <button class="transfer" @click=${this.transfer}>${t("action.transfer")}</button>` : ""}
      ${resolved ? html`<button class="reopen" @click=${() => this.act("reopen")}>${t("action.reopen")}</button>`
        : html`<button class="resolve" @click=${() => this.act("resolve")}>${t("action.resolve")}</button>`}`;
  }

  static styles = css`
    :host { display: flex; gap: 6px; flex-wrap: wrap; }
    button, select, input { font: inherit; padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; cursor: pointer; }
  `;
}

customElements.define("parley-conversation-actions", ParleyConversationActions);
