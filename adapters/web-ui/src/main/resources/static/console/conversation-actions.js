import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {colleagues, readRoster, roster} from "./roster.js";
import {problem, t} from "./i18n.js";

const REASSIGNS = ["ADMIN", "SUPERVISOR"];

/**
 * A conversation's actions: claim, assign or transfer with an internal note for the next agent, put back in the queue,
 * resolve and reopen. The assignee may transfer or unassign their own conversation; supervisors and admins anyone's.
 * The colleagues to choose from are the workspace's enabled agents, read again when the list is opened and whenever
 * the team changes. Each answer comes back as "parley-conversation" with the conversation as it is now; a refusal as
 * "parley-failure" with its message.
 */
class ParleyConversationActions extends LitElement {
  static properties = {
    conversation: {attribute: false}, agent: {attribute: false}, agents: {state: true}, transferTo: {state: true}
  };

  constructor() {
    super();
    this.agents = colleagues();
    this.transferTo = "";
    this.onRoster = () => (this.agents = colleagues());
  }

  connectedCallback() {
    super.connectedCallback();
    roster.addEventListener("change", this.onRoster);
    if (!this.agents.length) readRoster().catch(() => {});
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    roster.removeEventListener("change", this.onRoster);
  }

  /** Whether the signed-in agent may give this conversation to someone else or put it back in the queue. */
  mayMove(c) {
    return REASSIGNS.includes(this.agent?.role) || (c.assignee && c.assignee === this.agent?.id);
  }

  tell(name, detail) {
    this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }

  async act(path, body) {
    try {
      this.tell("parley-conversation", await api("POST", `/api/v1/conversations/${this.conversation.id}/${path}`, body));
      return true;
    } catch (error) {
      this.tell("parley-failure", t("error.generic") + problem(error));
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
      ${!resolved && c.assignee !== this.agent.id && (!c.assignee || this.mayMove(c)) ? html`<button class="claim" @click=${() => this.act("claim")}>${t("action.claim")}</button>` : ""}
      ${!resolved && this.mayMove(c) ? html`<select class="assign" aria-label=${t("action.assign")}
          @focus=${() => readRoster().catch(() => {})} @change=${(e) => (this.transferTo = e.target.value)}>
          <option value="">${t("action.assign")}</option>
          ${this.agents.map((a) => html`<option value=${a.agentId} ?selected=${a.agentId === c.assignee}>${a.displayName}</option>`)}
        </select>` : ""}
      ${this.transferTo && this.transferTo !== c.assignee ? html`<input class="transfer-note"
          placeholder=${t("action.transferNote")} @change=${(e) => (this.transferNote = e.target.value)}>
        <button class="transfer" @click=${this.transfer}>${t("action.transfer")}</button>` : ""}
      ${!resolved && c.assignee && this.mayMove(c) ? html`<button class="unassign" title=${t("action.unassignHint")}
          @click=${() => this.act("unassign")}>${t("action.unassign")}</button>` : ""}
      ${resolved ? html`<button class="reopen" @click=${() => this.act("reopen")}>${t("action.reopen")}</button>`
        : html`<button class="resolve" @click=${() => this.act("resolve")}>${t("action.resolve")}</button>`}`;
  }

  static styles = css`
    :host { display: flex; gap: 6px; flex-wrap: wrap; }
    button, select, input { font: inherit; padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; cursor: pointer; }
  `;
}

customElements.define("parley-conversation-actions", ParleyConversationActions);
