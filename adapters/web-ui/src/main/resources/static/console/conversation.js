import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";
import {browserAndSystem, rich, safeHref, shortId, time} from "./text.js";
import {ifDefined} from "lit/directives/if-defined.js";
import {cannedReplies} from "./canned.js";
import "./visitor-history.js";
import "./visitor-vip.js";
import "./conversation-tags.js";

const PAGE = 50;
const EMOJI = ["😀", "🙂", "😉", "😊", "🙏", "👍", "👋", "🎉", "❤️", "🤔", "😅", "✅"];
const strip = (value, prefix) => (value || "").replace(prefix, "");

/** One message in one shape, whether it came over REST or the WebSocket. */
function fromRest(m) {
  return {sequence: m.sequence, clientMessageId: m.clientMessageId, author: m.author.kind, authorId: m.author.id,
    kind: m.kind, body: m.body, createdAt: m.createdAt};
}
function fromFrame(m) {
  return {conversationId: m.conversationId, sequence: Number(m.sequence), clientMessageId: m.clientMessageId,
    author: strip(m.authorKind, "AUTHOR_KIND_"),
    authorId: m.authorId, kind: strip(m.kind, "MESSAGE_KIND_") || "TEXT", body: m.body, createdAt: Number(m.createdAtMs)};
}

/** The open conversation: history with scrollback, live messages, composer, internal notes and actions. */
class ParleyConversation extends LitElement {
  static properties = {
    live: {attribute: false}, agent: {attribute: false}, conversationId: {attribute: false},
    conversation: {state: true}, messages: {state: true}, pending: {state: true}, mode: {state: true},
    draft: {state: true}, typing: {state: true}, seen: {state: true}, agents: {state: true}, failure: {state: true},
    oldest: {state: true}, visitor: {state: true}, emojiOpen: {state: true}, transferTo: {state: true}
  };

  constructor() {
    super();
    this.messages = new Map();
    this.pending = new Map();
    this.mode = "TEXT";
    this.draft = "";
    this.agents = [];
    this.failure = "";
  }

  updated(changed) {
    if (changed.has("live") && this.live) this.listen(this.live);
    if (changed.has("conversationId")) this.load();
  }

  listen(live) {
    live.addEventListener("message", (e) => this.receive(fromFrame(e.detail.message)));
    live.addEventListener("ack", (e) => this.acknowledged(e.detail));
    live.addEventListener("conversationUpdated", (e) => {
      const c = e.detail.conversation;
      if (c.id === this.conversationId) this.conversation = {...this.conversation, status: strip(c.status, "CONVERSATION_STATUS_"),
        assignee: c.assigneeId || null};
    });
    live.addEventListener("typing", (e) => {
      if (e.detail.conversationId !== this.conversationId || e.detail.authorKind !== "AUTHOR_KIND_VISITOR") return;
      this.typing = Boolean(e.detail.typing);
      clearTimeout(this.typingTimeout);
      this.typingTimeout = setTimeout(() => (this.typing = false), 6000);
    });
    live.addEventListener("read", (e) => {
      if (e.detail.conversationId === this.conversationId && e.detail.authorKind === "AUTHOR_KIND_VISITOR") {
        this.seen = Math.max(this.seen || 0, Number(e.detail.sequence));
      }
    });
    live.addEventListener("connection", (e) => e.detail && this.catchUp());
    api("GET", "/api/v1/agents").then((page) => (this.agents = page.items || []), () => (this.agents = []));
  }

  async load() {
    this.messages = new Map();
    this.visitor = null;
    this.transferTo = "";
    this.typing = false;
    this.seen = 0;
    this.failure = "";
    if (!this.conversationId) return;
    const id = this.conversationId;
    try {
      const conversation = await api("GET", `/api/v1/conversations/${id}`);
      if (id !== this.conversationId) return;
      this.conversation = conversation;
      api("GET", `/api/v1/conversations/${id}/visitor`).then((v) => id === this.conversationId && (this.visitor = v),
        () => (this.visitor = null));
      await this.page(conversation.lastSequence + 1);
      this.readUpTo = 0;
      this.markRead();
      this.catchUp();
      this.scrollDown();
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  async page(before) {
    const id = this.conversationId;
    const page = await api("GET", `/api/v1/conversations/${id}/messages?before=${before}&limit=${PAGE}`);
    if (id !== this.conversationId) return;
    const messages = new Map(this.messages);
    page.items.forEach((m) => messages.set(m.sequence, fromRest(m)));
    this.messages = messages;
    this.oldest = page.items.length ? Math.min(...page.items.map((m) => m.sequence)) : 1;
  }

  /** After (re)connecting: everything after the newest held message, then unacknowledged sends again. */
  catchUp() {
    if (!this.conversationId || !this.live?.connected) return;
    const newest = Math.max(0, ...this.messages.keys());
    this.live.send({resume: {conversationId: this.conversationId, afterSequence: String(newest)}});
    for (const [clientMessageId, p] of this.pending) {
      this.live.send({send: {conversationId: this.conversationId, clientMessageId, body: p.body, kind: "MESSAGE_KIND_" + p.kind}});
    }
  }

  receive(message) {
    if (message.conversationId && message.conversationId !== this.conversationId) return;
    if (this.messages.has(message.sequence)) return;
    const messages = new Map(this.messages);
    messages.set(message.sequence, message);
    this.messages = messages;
    if (this.pending.has(message.clientMessageId)) {
      const pending = new Map(this.pending);
      pending.delete(message.clientMessageId);
      this.pending = pending;
    }
    if (message.author === "VISITOR") this.typing = false;
    this.markRead();
    this.scrollDown();
  }

  acknowledged(ack) {
    const p = this.pending.get(ack.clientMessageId);
    if (!p || ack.conversationId !== this.conversationId) return;
    this.receive({sequence: Number(ack.sequence), clientMessageId: ack.clientMessageId, author: "AGENT",
      authorId: this.agent.id, kind: p.kind, body: p.body, createdAt: Number(ack.createdAtMs)});
  }

  markRead() {
    const newest = Math.max(0, ...this.messages.keys());
    if (!document.hidden && newest > (this.readUpTo || 0)) {
      this.readUpTo = newest;
      this.live?.send({read: {conversationId: this.conversationId, sequence: String(newest)}});
    }
  }

  async scrollDown() {
    await this.updateComplete;
    const list = this.renderRoot.querySelector(".messages");
    if (list) list.scrollTop = list.scrollHeight;
  }

  send() {
    const body = this.draft.trim();
    if (!body) return;
    const clientMessageId = "c-" + crypto.randomUUID();
    this.pending = new Map(this.pending).set(clientMessageId, {body, kind: this.mode});
    this.draft = "";
    this.live.send({send: {conversationId: this.conversationId, clientMessageId, body, kind: "MESSAGE_KIND_" + this.mode}});
    if (this.mode === "TEXT") this.live.send({typing: {conversationId: this.conversationId, typing: false}});
    this.scrollDown();
  }

  async act(path, body) {
    try {
      this.conversation = await api("POST", `/api/v1/conversations/${this.conversationId}/${path}`, body);
      this.failure = "";
      this.dispatchEvent(new CustomEvent("changed"));
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  insert(text) {
    const area = this.renderRoot.querySelector("textarea");
    const at = area?.selectionStart ?? this.draft.length;
    this.draft = this.draft.slice(0, at) + text + this.draft.slice(at);
    this.emojiOpen = false;
    area?.focus();
  }

  /** Assigns the conversation to another agent, with an internal note telling them why. */
  async transfer() {
    const note = (this.transferNote || "").trim();
    await this.act("assign", {agentId: this.transferTo});
    if (note && !this.failure) {
      await api("POST", `/api/v1/conversations/${this.conversationId}/messages`,
        {clientMessageId: "c-" + crypto.randomUUID(), body: note, kind: "NOTE"}).catch((error) => {
        this.failure = t("error.generic") + error.message;
      });
    }
    this.transferTo = "";
    this.transferNote = "";
  }

  input(event) {
    this.draft = event.target.value;
    // a note is private: announcing typing would tell the visitor someone is writing
    if (this.mode === "TEXT" && Date.now() - (this.typedAt || 0) > 3000) {
      this.typedAt = Date.now();
      this.live.send({typing: {conversationId: this.conversationId, typing: true}});
    }
  }

  matches() {
    if (!this.draft.startsWith("/")) return [];
    const query = this.draft.slice(1).toLowerCase();
    const rank = (c) => (c.shortcut.startsWith(query) ? 0 : c.shortcut.includes(query) ? 1 : 2);
    return cannedReplies().filter((c) => c.shortcut.includes(query) || c.text.toLowerCase().includes(query))
        .sort((a, b) => rank(a) - rank(b)).slice(0, 6);
  }

  keydown(event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    const matches = this.matches();
    if (this.draft.startsWith("/")) {
      if (matches.length) this.draft = matches[0].text;
      return;
    }
    this.send();
  }

  render() {
    if (!this.conversationId || !this.conversation) return html`<p class="empty">${this.failure || t("pane.empty")}</p>`;
    const c = this.conversation;
    const resolved = c.status === "RESOLVED";
    const sorted = [...this.messages.values()].sort((a, b) => a.sequence - b.sequence);
    const held = new Set(sorted.map((m) => m.clientMessageId));
    const matches = this.matches();
    return html`
      <header>
        <div><b class="visitor-name">${this.visitor?.name || t("visitor") + " " + shortId(c.visitorId)}</b>
          <span class="status">${t("status." + c.status)}</span></div>
        <div class="actions">
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
            : html`<button class="resolve" @click=${() => this.act("resolve")}>${t("action.resolve")}</button>`}
        </div>
      </header>
      <aside>
        <dl>
          <dt>${t("sidebar.name")}</dt><dd class="name">${this.visitor?.name || "—"}</dd>
          <dt>${t("sidebar.email")}</dt><dd class="email">${this.visitor?.email || "—"}</dd>
          <dt>${t("sidebar.firstSeen")}</dt><dd>${this.visitor ? new Date(this.visitor.firstSeenAt).toLocaleString() : "—"}</dd>
          <dt>${t("sidebar.page")}</dt><dd class="page-title">${this.visitor?.page?.title || "—"}</dd>
          <dd class="page-url">${this.visitor?.page?.url ? html`<a href=${ifDefined(safeHref(this.visitor.page.url))}
              target="_blank" rel="noopener noreferrer nofollow">${this.visitor.page.url}</a>` : ""}</dd>
          <dt>${t("sidebar.referrer")}</dt><dd class="referrer">${this.visitor?.page?.referrer || "—"}</dd>
          <dt>${t("sidebar.browser")}</dt><dd class="browser">${browserAndSystem(this.visitor?.page?.userAgent) || "—"}</dd>
          <dt>${t("sidebar.id")}</dt><dd class="id">${c.visitorId}</dd>
        </dl>
        <parley-visitor-vip visitor-id=${c.visitorId} .vip=${this.visitor?.vip === true}></parley-visitor-vip>
        <parley-conversation-tags conversation-id=${c.id}></parley-conversation-tags>
        <parley-visitor-history visitor-id=${c.visitorId} .current=${c.id}></parley-visitor-history>
      </aside>
      <p class="failure" role="alert">${this.failure}</p>
      <div class="messages">
        ${this.oldest > 1 ? html`<button class="earlier" @click=${() => this.page(this.oldest)}>${t("pane.earlier")}</button>` : ""}
        ${sorted.map((m) => this.bubble(m))}
        ${[...this.pending].filter(([id]) => !held.has(id)).map(([id, p]) => this.bubble({clientMessageId: id, author: "AGENT",
          authorId: this.agent.id, kind: p.kind, body: p.body}, true))}
      </div>
      <div class="typing">${this.typing ? t("typing") : ""}</div>
      ${resolved ? html`<p class="closed">${t("closed")}</p>` : html`
      <div class="composer ${this.mode === "NOTE" ? "note" : ""}">
        <div class="modes">
          <button class="mode-reply ${this.mode === "TEXT" ? "active" : ""}" @click=${() => (this.mode = "TEXT")}>${t("composer.reply")}</button>
          <button class="mode-note ${this.mode === "NOTE" ? "active" : ""}" @click=${() => (this.mode = "NOTE")}>${t("composer.note")}</button>
        </div>
        ${this.draft.startsWith("/") ? html`<ul class="canned" role="listbox">
          ${matches.length ? matches.map((m) => html`<li><button @click=${() => (this.draft = m.text)}><b>/${m.shortcut}</b> ${m.text}</button></li>`)
            : html`<li class="none">${t("canned.none")}</li>`}</ul>` : ""}
        <div class="emoji" ?hidden=${!this.emojiOpen}>${EMOJI.map((e) => html`<button @click=${() => this.insert(e)}>${e}</button>`)}</div>
        <textarea .value=${this.draft} @input=${this.input} @keydown=${this.keydown}
            placeholder=${this.mode === "NOTE" ? t("composer.notePlaceholder") : t("composer.placeholder")}></textarea>
        <div class="buttons">
          <button class="emoji-toggle" aria-label="Emoji" @click=${() => (this.emojiOpen = !this.emojiOpen)}>☺</button>
          <button class="send" @click=${this.send}>${t("composer.send")}</button>
        </div>
      </div>`}`;
  }

  bubble(m, pending = false) {
    const mine = m.author === "AGENT" && m.authorId === this.agent.id;
    const who = mine ? t("author.you") : t("author." + m.author.toLowerCase());
    const seen = !pending && m.author === "AGENT" && this.seen >= m.sequence;
    return html`<div class="message ${m.author.toLowerCase()} ${m.kind === "NOTE" ? "note" : ""} ${pending ? "pending" : ""}"
        data-sequence=${m.sequence ?? ""}>
      <span class="meta">${m.kind === "NOTE" ? html`<b>${t("note.label")}</b> · ` : ""}${who} · ${time(m.createdAt)}${seen ? " · " + t("seen") : ""}</span>
      <div class="body">${rich(m.body)}</div></div>`;
  }

  static styles = css`
    :host { display: grid; grid-template-columns: 1fr 230px; grid-template-rows: auto auto 1fr auto auto;
      background: #fff; height: 100%; }
    :host > * { grid-column: 1; }
    header { grid-column: 1 / 3; display: flex; justify-content: space-between; align-items: center; padding: 10px 14px; border-bottom: 1px solid #e5e7eb; }
    .actions { display: flex; gap: 6px; }
    button, select, textarea { font: inherit; }
    .actions button, .actions select, .actions input { padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; cursor: pointer; }
    .status { font-size: 12px; color: #6b7280; }
    .empty { padding: 24px; color: #6b7280; }
    .failure { color: #b91c1c; margin: 0 14px; }
    :host > aside { grid-column: 2; grid-row: 2 / 6; border-left: 1px solid #e5e7eb; padding: 12px; font-size: 13px; overflow-y: auto; }
    dt { color: #6b7280; font-size: 12px; margin-top: 8px; }
    dd { margin: 0; word-break: break-all; }
    @media (max-width: 900px) { :host { grid-template-columns: 1fr; } aside { display: none; } }
    .messages { min-height: 0; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 8px; background: #f9fafb; }
    .earlier { align-self: center; background: none; border: 0; color: #1d4ed8; cursor: pointer; }
    .message { max-width: 70%; padding: 8px 12px; border-radius: 10px; background: #fff; border: 1px solid #e5e7eb; align-self: flex-start; }
    .message.agent, .message.bot { align-self: flex-end; background: #dbeafe; border-color: #bfdbfe; }
    .message.note { background: #fef3c7; border: 1px dashed #d97706; }
    .message.pending { opacity: .6; }
    .meta { display: block; font-size: 11px; color: #6b7280; margin-bottom: 2px; }
    .body { white-space: pre-wrap; word-wrap: break-word; }
    code { background: rgba(0,0,0,.07); padding: 0 3px; border-radius: 3px; }
    .typing { min-height: 18px; padding: 0 14px; font-size: 12px; color: #6b7280; }
    .closed { padding: 12px 14px; color: #6b7280; border-top: 1px solid #e5e7eb; margin: 0; }
    .composer { border-top: 1px solid #e5e7eb; padding: 8px 14px; display: grid; grid-template-columns: 1fr auto; gap: 6px; position: relative; }
    .composer.note { background: #fffbeb; }
    .modes { grid-column: 1 / 3; display: flex; gap: 4px; }
    .modes button { border: 0; background: none; padding: 2px 8px; border-bottom: 2px solid transparent; cursor: pointer; }
    .modes button.active { border-bottom-color: #1d4ed8; font-weight: 600; }
    .composer.note .mode-note.active { border-bottom-color: #d97706; }
    textarea { min-height: 60px; resize: vertical; padding: 8px; border: 1px solid #d1d5db; border-radius: 6px; }
    .buttons { display: flex; flex-direction: column; gap: 4px; }
    .emoji-toggle { border: 1px solid #d1d5db; background: #fff; border-radius: 6px; cursor: pointer; }
    .emoji { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 2px; }
    .emoji[hidden] { display: none; }
    .emoji button { border: 0; background: none; font-size: 18px; cursor: pointer; padding: 2px 4px; }
    .send { flex: 1; background: #1e40af; color: #fff; border: 0; border-radius: 6px; padding: 0 18px; cursor: pointer; }
    .canned { grid-column: 1 / 3; list-style: none; margin: 0; padding: 4px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; }
    .canned button { width: 100%; text-align: left; border: 0; background: none; padding: 4px 6px; cursor: pointer; }
    .canned button:hover { background: #eff6ff; }
    .none { color: #6b7280; padding: 4px 6px; }
  `;
}

customElements.define("parley-conversation", ParleyConversation);
