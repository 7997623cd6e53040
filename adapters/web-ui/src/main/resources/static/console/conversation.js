import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {problem, t} from "./i18n.js";
import {rememberVisitor, visitorName} from "./visitor-name.js";
import {bubble, bubbleStyles} from "./message-bubble.js";
import {channelBadge, channelBadgeStyles} from "./channel-badge.js";
import {Deliveries, deliveryStyles} from "./deliveries.js";
import "./composer.js";
import "./conversation-actions.js";
import "./suggestions.js";
import "./visitor-sidebar.js";

const PAGE = 50;
// what the server answers a send it could not take now; the same client message id later is safe
const TRANSIENT = ["rate.limited", "message.server-busy", "message.not-stored", "store.unavailable", "server.error"];
const strip = (value, prefix) => (value || "").replace(prefix, "");

/** One message in one shape, whether it came over REST or the WebSocket. */
function fromRest(m) {
  return {id: m.id, sequence: m.sequence, clientMessageId: m.clientMessageId, author: m.author.kind,
    authorId: m.author.id, authorName: m.author.name, kind: m.kind, body: m.body, createdAt: m.createdAt};
}
function fromFrame(m) {
  return {id: m.id, conversationId: m.conversationId, sequence: Number(m.sequence), clientMessageId: m.clientMessageId,
    author: strip(m.authorKind, "AUTHOR_KIND_"),
    authorId: m.authorId, authorName: m.authorName, kind: strip(m.kind, "MESSAGE_KIND_") || "TEXT", body: m.body,
    createdAt: Number(m.createdAtMs)};
}

/**
 * One open conversation: history with scrollback, live messages, composer, suggestions, internal notes and actions.
 * The desk keeps one pane per open conversation and says which are "visible": a hidden pane keeps listening and
 * keeps its draft and scroll position, but sends no read receipt and marks where the messages it missed begin.
 */
class ParleyConversation extends LitElement {
  static properties = {
    live: {attribute: false}, agent: {attribute: false}, conversationId: {attribute: false},
    visible: {attribute: false},
    conversation: {state: true}, messages: {state: true}, pending: {state: true}, typing: {state: true},
    seen: {state: true}, failure: {state: true}, notice: {state: true}, oldest: {state: true},
    visitor: {state: true}, saved: {state: true}, newFrom: {state: true}, rating: {state: true}
  };

  constructor() {
    super();
    this.messages = new Map();
    this.pending = new Map();
    this.failure = "";
    this.notice = "";
    this.saved = new Set();
    this.visible = true;
    this.atBottom = true;
    this.deliveries = new Deliveries(this);
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.live) this.listen(this.live);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.listening?.abort();
  }

  updated(changed) {
    if (changed.has("live") && this.live) this.listen(this.live);
    if (changed.has("conversationId")) this.load();
    if (changed.has("visible") && changed.get("visible") !== undefined) this.visible ? this.shown() : this.hid();
  }

  listen(live) {
    this.listening?.abort();
    this.listening = new AbortController();
    const on = (target, type, handler) => target.addEventListener(type, handler, {signal: this.listening.signal});
    on(live, "message", (e) => this.receive(fromFrame(e.detail.message)));
    on(live, "ack", (e) => this.acknowledged(e.detail));
    on(live, "error", (e) => this.turnedAway(e.detail));
    on(live, "conversationUpdated", (e) => {
      const c = e.detail.conversation;
      if (c.id === this.conversationId) {
        this.conversation = {...this.conversation, status: strip(c.status, "CONVERSATION_STATUS_"),
          assignee: c.assigneeId || null};
        this.loadRating();
      }
    });
    on(live, "typing", (e) => {
      if (e.detail.conversationId !== this.conversationId || e.detail.authorKind !== "AUTHOR_KIND_VISITOR") return;
      this.typing = Boolean(e.detail.typing);
      clearTimeout(this.typingTimeout);
      this.typingTimeout = setTimeout(() => (this.typing = false), 6000);
    });
    on(live, "read", (e) => {
      if (e.detail.conversationId === this.conversationId && e.detail.authorKind === "AUTHOR_KIND_VISITOR") {
        this.seen = Math.max(this.seen || 0, Number(e.detail.sequence));
      }
    });
    on(live, "connection", (e) => e.detail && this.catchUp());
    on(document, "visibilitychange", () => this.markRead());
  }

  async load() {
    this.messages = new Map();
    this.visitor = null;
    this.typing = false;
    this.seen = 0;
    this.failure = "";
    this.deliveries.follow(null);
    if (!this.conversationId) return;
    const id = this.conversationId;
    try {
      const conversation = await api("GET", `/api/v1/conversations/${id}`);
      if (id !== this.conversationId) return;
      this.conversation = conversation;
      this.deliveries.follow(conversation);
      this.loadRating();
      this.announce();
      api("GET", `/api/v1/conversations/${id}/visitor`).then((v) => {
        if (id === this.conversationId) {
          this.visitor = v;
          this.announce();
        }
      }, () => (this.visitor = null));
      await this.page(conversation.lastSequence + 1);
      this.readUpTo = 0;
      this.markRead();
      this.catchUp();
      this.scrollDown();
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  /** Tells the desk what to call this conversation's tab. */
  announce() {
    rememberVisitor(this.conversation?.visitorId, this.visitor?.name);
    this.dispatchEvent(new CustomEvent("parley-title", {detail: {id: this.conversationId,
      visitorId: this.conversation?.visitorId, name: this.visitor?.name}, bubbles: true}));
  }

  async page(before) {
    const id = this.conversationId;
    const list = this.renderRoot.querySelector(".messages");
    const fromBottom = list ? list.scrollHeight - list.scrollTop : 0;
    const page = await api("GET", `/api/v1/conversations/${id}/messages?before=${before}&limit=${PAGE}`);
    if (id !== this.conversationId) return;
    const messages = new Map(this.messages);
    page.items.forEach((m) => messages.set(m.sequence, fromRest(m)));
    this.messages = messages;
    this.oldest = page.items.length ? Math.min(...page.items.map((m) => m.sequence)) : 1;
    if (list && before <= this.conversation.lastSequence) {
      // earlier messages go on top: keep what the agent was reading where it was
      await this.updateComplete;
      list.scrollTop = list.scrollHeight - fromBottom;
    }
  }

  /** After (re)connecting: everything after the newest held message, then unacknowledged sends again. */
  catchUp() {
    if (!this.conversationId || !this.live?.connected) return;
    const newest = Math.max(0, ...this.messages.keys());
    this.live.send({resume: {conversationId: this.conversationId, afterSequence: String(newest)}});
    for (const [clientMessageId, p] of this.pending) this.transmit(clientMessageId, p);
  }

  receive(message) {
    if (message.conversationId && message.conversationId !== this.conversationId) return;
    if (this.messages.has(message.sequence)) return;
    const messages = new Map(this.messages);
    messages.set(message.sequence, message);
    this.messages = messages;
    const mine = this.pending.has(message.clientMessageId);
    if (mine) {
      const pending = new Map(this.pending);
      pending.delete(message.clientMessageId);
      this.pending = pending;
    }
    if (message.author === "VISITOR") this.typing = false;
    else if (message.kind !== "NOTE") this.deliveries.replied();
    if (!this.visible && !mine && !this.newFrom) this.newFrom = message.sequence;
    this.markRead();
    if (this.visible && (this.atBottom || mine)) this.scrollDown();
  }

  /**
   * A send the server turned away for now (busy, over the rate, a failed store): the same client message id again
   * after a randomized delay that grows with each attempt, so that it is stored once whatever happened before.
   */
  turnedAway(error) {
    const p = this.pending.get(error.requestId);
    if (!p || error.fatal || !TRANSIENT.includes(error.code)) return;
    p.attempts = (p.attempts || 0) + 1;
    setTimeout(() => {
      if (this.pending.has(error.requestId)) this.transmit(error.requestId, p);
    }, Math.min(5000, 500 * p.attempts) * (0.5 + Math.random()));
  }

  transmit(clientMessageId, p) {
    this.live?.send({requestId: clientMessageId,
      send: {conversationId: this.conversationId, clientMessageId, body: p.body, kind: "MESSAGE_KIND_" + p.kind}});
  }

  acknowledged(ack) {
    const p = this.pending.get(ack.clientMessageId);
    if (!p || ack.conversationId !== this.conversationId) return;
    this.receive({id: ack.messageId, sequence: Number(ack.sequence), clientMessageId: ack.clientMessageId, author: "AGENT",
      authorId: this.agent.id, kind: p.kind, body: p.body, createdAt: Number(ack.createdAtMs)});
  }

  markRead() {
    const newest = Math.max(0, ...this.messages.keys());
    if (this.visible && !document.hidden && newest > (this.readUpTo || 0)) {
      this.readUpTo = newest;
      this.live?.send({read: {conversationId: this.conversationId, sequence: String(newest)}});
    }
  }

  async shown() {
    this.markRead();
    await this.updateComplete;
    const list = this.renderRoot.querySelector(".messages");
    if (!list) return;
    const divider = list.querySelector(".new-divider");
    if (divider) divider.scrollIntoView({block: "start"});
    else list.scrollTop = this.atBottom ? list.scrollHeight : this.scrolledTo || 0;
  }

  hid() {
    this.newFrom = null;
  }

  scrolled(event) {
    if (!this.visible) return;
    const list = event.target;
    this.scrolledTo = list.scrollTop;
    this.atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }

  async scrollDown() {
    await this.updateComplete;
    const list = this.renderRoot.querySelector(".messages");
    if (list) list.scrollTop = list.scrollHeight;
    this.atBottom = true;
  }

  send({body, kind}) {
    const clientMessageId = "c-" + crypto.randomUUID();
    this.pending = new Map(this.pending).set(clientMessageId, {body, kind});
    this.newFrom = null;
    this.transmit(clientMessageId, this.pending.get(clientMessageId));
    this.scrollDown();
  }

  changed(event) {
    this.conversation = event.detail;
    this.failure = "";
    this.dispatchEvent(new CustomEvent("changed"));
  }

  /** Turns an agent's reply into a disabled knowledge entry, the visitor's message before it as question. */
  async saveAsEntry(message) {
    this.failure = "";
    try {
      await api("POST", "/api/v1/knowledge/drafts", {conversationId: this.conversationId, messageId: message.id});
      this.saved = new Set(this.saved).add(message.id);
      this.notice = t("entry.saved");
    } catch (error) {
      this.notice = "";
      this.failure = t("error.generic") + error.message;
    }
  }

  async retryDelivery(delivery) {
    this.failure = "";
    try {
      await this.deliveries.retry(delivery);
    } catch (error) {
      this.failure = problem(error);
    }
  }

  /** The visitor's satisfaction rating, once the conversation is resolved (404: not rated). */
  loadRating() {
    const id = this.conversationId;
    if (this.conversation?.status !== "RESOLVED") {
      this.rating = null;
      return;
    }
    api("GET", `/api/v1/conversations/${id}/rating`).then((r) => id === this.conversationId && (this.rating = r),
      () => id === this.conversationId && (this.rating = null));
  }

  render() {
    if (!this.conversationId || !this.conversation) return html`<p class="empty">${this.failure || t("pane.empty")}</p>`;
    const c = this.conversation;
    const resolved = c.status === "RESOLVED";
    const sorted = [...this.messages.values()].sort((a, b) => a.sequence - b.sequence);
    const held = new Set(sorted.map((m) => m.clientMessageId));
    const lastVisitor = sorted.findLast((m) => m.author === "VISITOR" && m.kind === "TEXT");
    const view = {agent: this.agent, seen: this.seen, saved: this.saved, save: (m) => this.saveAsEntry(m),
      delivery: (m) => this.deliveries.mark(m.id, (d) => this.retryDelivery(d))};
    return html`<div class="pane">
      <header>
        <div><b class="visitor-name">${visitorName(c.visitorId, this.visitor?.name)}</b>
          ${channelBadge(c.channel)}<span class="status">${t("status." + c.status)}</span>
          ${resolved && this.rating ? html`<span class="rating" title=${t("rating.title")}
            aria-label=${`${t("rating.title")}: ${this.rating.score}/5`}><span class="stars">${"★".repeat(this.rating.score)}${"☆".repeat(5 - this.rating.score)}</span>
            ${this.rating.comment ? html`<q class="rating-comment">${this.rating.comment}</q>` : ""}</span>` : ""}</div>
        <parley-conversation-actions .conversation=${c} .agent=${this.agent}
          @parley-conversation=${this.changed} @parley-failure=${(e) => (this.failure = e.detail)}></parley-conversation-actions>
      </header>
      <aside><parley-visitor-sidebar .visitor=${this.visitor} .conversation=${c}></parley-visitor-sidebar></aside>
      <div class="alerts"><p class="failure" role="alert">${this.failure}</p><p class="notice" role="status">${this.notice}</p></div>
      <div class="messages" @scroll=${this.scrolled}>
        ${this.oldest > 1 ? html`<button class="earlier" @click=${() => this.page(this.oldest)}>${t("pane.earlier")}</button>` : ""}
        ${sorted.map((m) => html`${m.sequence === this.newFrom ? html`<div class="new-divider"><span>${t("pane.new")}</span></div>` : ""}
          ${bubble(m, view)}`)}
        ${[...this.pending].filter(([id]) => !held.has(id)).map(([id, p]) => bubble({clientMessageId: id, author: "AGENT",
          authorId: this.agent.id, kind: p.kind, body: p.body}, view, true))}
      </div>
      <div class="typing">${this.typing ? t("typing") : ""}</div>
      ${resolved ? html`<p class="closed">${t("closed")}</p>` : html`
        <parley-suggestions .conversationId=${c.id} .revision=${lastVisitor?.sequence} ?active=${this.visible}
          @parley-insert=${(e) => this.renderRoot.querySelector("parley-composer").insert(e.detail)}></parley-suggestions>
        <parley-composer .conversationId=${c.id} .live=${this.live} @parley-send=${(e) => this.send(e.detail)}></parley-composer>`}
      </div>`;
  }

  static styles = [bubbleStyles, channelBadgeStyles, deliveryStyles, css`
    :host { display: block; background: #fff; height: 100%; min-width: 0; container-type: inline-size; }
    :host([hidden]) { display: none; }
    .pane { display: grid; grid-template-columns: 1fr 230px; grid-template-rows: auto auto 1fr auto auto auto; height: 100%; }
    .pane > * { grid-column: 1; min-width: 0; }
    .pane > header { grid-column: 1 / 3; display: flex; justify-content: space-between; align-items: center; gap: 8px;
      padding: 10px 14px; border-bottom: 1px solid #e5e7eb; flex-wrap: wrap; }
    button, select { font: inherit; }
    .status { font-size: 12px; color: #6b7280; }
    .rating { font-size: 12px; margin-left: 8px; color: #374151; }
    .rating .stars { color: #f59e0b; letter-spacing: 1px; }
    .rating-comment { margin-left: 6px; color: #4b5563; }
    .empty { padding: 24px; color: #6b7280; }
    .failure { color: #b91c1c; margin: 0 14px; }
    .notice { color: #166534; margin: 0 14px; }
    .alerts p:empty { display: none; }
    .pane > aside { grid-column: 2; grid-row: 2 / -1; border-left: 1px solid #e5e7eb; overflow-y: auto; min-height: 0; }
    @container (max-width: 720px) { .pane { grid-template-columns: 1fr; } .pane > aside { display: none; } }
    .messages { min-height: 0; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 8px; background: #f9fafb; }
    .earlier { align-self: center; background: none; border: 0; color: #1d4ed8; cursor: pointer; }
    .typing { min-height: 18px; padding: 0 14px; font-size: 12px; color: #6b7280; }
    .closed { padding: 12px 14px; color: #6b7280; border-top: 1px solid #e5e7eb; margin: 0; }
  `];
}

customElements.define("parley-conversation", ParleyConversation);
