import {LitElement, html, css} from "lit";
import {api, login, logout, session} from "./api.js";
import {Live} from "./live.js";
import {LANGUAGES, language, onLanguage, setLanguage, t} from "./i18n.js";
import {number, when} from "./text.js";
import {visitorName} from "./visitor-name.js";
import {knows, nameOf, profileChanged as rosterProfileChanged, readRoster, roster} from "./roster.js";
import {avatar} from "./avatar.js";
import {channelBadge, channelBadgeStyles} from "./channel-badge.js";
import {chime} from "./chime.js";
import {loadCannedReplies} from "./canned.js";
import {forgetDrafts} from "./composer.js";
import "./desk.js";
import "./admin.js";
import "./integrations.js";
import "./canned-replies.js";
import "./shortcuts.js";
import "./profile.js";
import "./team.js";

const VIEWS = {
  mine: "status=ASSIGNED&assignee=me",
  unassigned: "status=BOT,WAITING&unassigned=true",
  open: "status=BOT,WAITING,ASSIGNED",
  resolved: "status=RESOLVED"
};

// "#vip" lists the conversations tagged vip; any other text is searched in names, e-mail addresses and messages
const searchParameter = (query) => !query ? "" : /^#[^#\s]/.test(query)
  ? "&tag=" + encodeURIComponent(query.slice(1)) : "&q=" + encodeURIComponent(query);

/** Every component under this one renders again, in the language just chosen. */
function rerender(root, host) {
  host?.requestUpdate();
  for (const element of root.querySelectorAll("*")) {
    element.requestUpdate?.();
    if (element.shadowRoot) rerender(element.shadowRoot);
  }
}

/**
 * The console: sign-in, the inbox views with live counts, the open conversations, the team's presence, and the
 * pages shown in place of the desk ("settings", "integrations", "replies", "profile").
 */
class ParleyConsole extends LitElement {
  static properties = {
    signedIn: {state: true}, view: {state: true}, counts: {state: true}, items: {state: true},
    selected: {state: true}, connected: {state: true}, failure: {state: true}, unread: {state: true},
    page: {state: true}, help: {state: true}, myPresence: {state: true}
  };

  constructor() {
    super();
    this.signedIn = session();
    this.view = "unassigned";
    this.counts = {};
    this.items = [];
    this.selected = null;
    this.connected = true;
    this.failure = "";
    this.unread = new Set();
    this.page = "desk";
    this.myPresence = "ONLINE";
    onLanguage(() => rerender(this.renderRoot, this));
    window.addEventListener("parley-signed-out", () => this.signOut());
    roster.addEventListener("change", () => this.requestUpdate());
    // back in a hidden tab: what is on screen now is read
    document.addEventListener("visibilitychange", () => !document.hidden && this.signedIn && this.focused(this.selected));
    this.addEventListener("parley-open", (event) => this.open(event.detail));
    this.query = "";
    this.askedFor = new Set();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.signedIn) this.begin();
    // Alt+↓ / Alt+↑: next or previous conversation in the current view; the desk handles the open ones' keys
    window.addEventListener("keydown", (event) => {
      if (!event.altKey || !["ArrowDown", "ArrowUp"].includes(event.key) || !this.items.length) return;
      event.preventDefault();
      const at = this.items.findIndex((c) => c.id === this.selected);
      const next = event.key === "ArrowDown" ? Math.min(at + 1, this.items.length - 1) : Math.max(at - 1, 0);
      this.open(this.items[next].id);
    });
  }

  get desk() {
    return this.renderRoot.querySelector("parley-desk");
  }

  /** On screen: the conversation's pane is shown on the desk and the desk is shown. */
  onScreen(id) {
    return this.page === "desk" && Boolean(this.desk?.opened.includes(id) && this.desk.visible(id));
  }

  begin() {
    this.live = new Live(this.signedIn.token);
    this.live.addEventListener("connection", (e) => {
      this.connected = e.detail;
      if (e.detail) this.refresh();
    });
    this.live.addEventListener("conversationUpdated", () => this.refreshSoon());
    this.live.addEventListener("message", (e) => this.onMessage(e.detail));
    this.live.start();
    loadCannedReplies();
    this.refresh();
  }

  onMessage(frame) {
    const message = frame.message;
    if (frame.replay) return;
    const onScreen = this.onScreen(message.conversationId);
    const mine = message.authorKind === "AUTHOR_KIND_AGENT" && message.authorId === this.signedIn?.agent.id;
    if (message.authorKind === "AUTHOR_KIND_VISITOR" && (!onScreen || document.hidden)) {
      chime();
    }
    if (!onScreen || (document.hidden && !mine)) {
      this.unread = new Set(this.unread).add(message.conversationId);
      if (message.authorKind === "AUTHOR_KIND_VISITOR" && document.hidden && window.Notification?.permission === "granted") {
        new Notification(t("notify.message"), {body: message.body.slice(0, 120), tag: message.conversationId});
      }
    }
    this.refreshSoon();
  }

  refreshSoon() {
    clearTimeout(this.pendingRefresh);
    this.pendingRefresh = setTimeout(() => this.refresh(), 250);
  }

  async refresh() {
    try {
      const [page, ...totals] = await Promise.all([
        api("GET", "/api/v1/conversations?size=100&" + VIEWS[this.view] + searchParameter(this.query)),
        ...Object.values(VIEWS).map((query) => api("GET", "/api/v1/conversations?size=1&" + query))
      ]);
      this.items = [...page.items].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
      this.counts = Object.fromEntries(Object.keys(VIEWS).map((view, i) => [view, totals[i].total]));
      // an assignee the team list does not know joined on another server node: read the team again, once for each
      // (a disabled agent's conversations would otherwise ask on every refresh)
      const unknown = this.items.filter((c) => c.assignee && !knows(c.assignee) && !this.askedFor.has(c.assignee));
      unknown.forEach((c) => this.askedFor.add(c.assignee));
      if (unknown.length) readRoster().catch(() => {});
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  async submitLogin(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      this.signedIn = await login(form.get("email"), form.get("password"));
      this.failure = "";
      window.Notification?.permission === "default" && Notification.requestPermission().catch(() => {});
      this.begin();
    } catch (error) {
      // a disabled account is told so only when its password was right; everything else reads the same
      this.failure = t(error.code === "auth.account-disabled" ? "login.disabled"
        : error.status === 429 ? "login.locked" : "login.failed");
    }
  }

  async signOut() {
    this.live?.stop();
    if (session()) await logout().catch(() => {});
    this.signedIn = null;
    this.selected = null;
    sessionStorage.removeItem("parley.open");
    forgetDrafts();
  }

  /** The browser tab says how many conversations have messages the agent has not seen: "(2) Parley". */
  updated() {
    const count = this.signedIn ? this.unread.size : 0;
    const title = (count ? `(${number(count)}) ` : "") + t("app.title");
    if (document.title !== title) document.title = title;
  }

  choose(view) {
    this.view = view;
    this.refresh();
  }

  /** Opens a conversation on the desk (a new tab, or its tab if it is open already). */
  async open(id) {
    this.page = "desk";
    await this.updateComplete;
    this.desk?.open(id);
  }

  focused(id) {
    this.selected = id;
    const unread = new Set(this.unread);
    this.desk?.opened.filter((open) => this.desk.visible(open)).forEach((open) => unread.delete(open));
    this.unread = unread;
  }

  /** Settings or integrations (admins), canned replies or the profile in place of the desk; the same button leads back. */
  async switchTo(page) {
    this.page = this.page === page ? "desk" : page;
    await this.updateComplete;
    if (this.page === "desk") this.focused(this.selected);
  }

  /** The signed-in agent renamed or re-pictured themselves (or an admin them): show it everywhere at once. */
  profileChanged(agent) {
    if (agent.id === this.signedIn.agent.id) {
      this.signedIn = {...this.signedIn, agent: {...this.signedIn.agent, displayName: agent.displayName,
        avatarUrl: agent.avatarUrl}};
    }
    rosterProfileChanged(agent);
  }

  announce(status) {
    this.myPresence = status.replace("PRESENCE_STATUS_", "");
    this.live.send({setPresence: {status}});
  }

  languagePicker() {
    return html`<select class="lang" aria-label="Language" @change=${(e) => setLanguage(e.target.value)}>
      ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === language()}>${name}</option>`)}
    </select>`;
  }

  render() {
    if (!this.signedIn) {
      return html`<form class="login" @submit=${this.submitLogin}>
        <h1>${t("login.title")}</h1>
        <label>${t("login.email")}<input name="email" type="email" autocomplete="username" required></label>
        <label>${t("login.password")}<input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">${t("login.submit")}</button>
        <p class="failure" role="alert">${this.failure}</p>
        ${this.languagePicker()}
      </form>`;
    }
    const agent = this.signedIn.agent;
    return html`<header>
        <b>Parley</b>
        <span class="connection" ?hidden=${this.connected}>${t("connection.lost")}</span>
        <span class="spacer"></span>
        <select class="presence" aria-label="Presence" @change=${(e) => this.announce(e.target.value)}>
          ${["ONLINE", "AWAY", "OFFLINE"].map((s) => html`<option value="PRESENCE_STATUS_${s}"
            ?selected=${this.myPresence === s}>${t("presence.choose." + s)}</option>`)}
        </select>
        ${this.languagePicker()}
        <button class="link replies" @click=${() => this.switchTo("replies")}>
          ${this.page === "replies" ? t("admin.back") : t("canned.page")}</button>
        ${agent.role === "ADMIN" ? html`<button class="link settings" @click=${() => this.switchTo("settings")}>
          ${this.page === "settings" ? t("admin.back") : t("admin.open")}</button>
          <button class="link integrations" @click=${() => this.switchTo("integrations")}>
          ${this.page === "integrations" ? t("admin.back") : t("integrations.open")}</button>` : ""}
        <button class="link shortcuts-toggle" aria-expanded=${Boolean(this.help)} title=${t("shortcuts.title")}
          @click=${() => (this.help = !this.help)}>⌨</button>
        <button class="link me" title=${t("profile.open")} aria-pressed=${this.page === "profile"}
          @click=${() => this.switchTo("profile")}>${avatar(agent.displayName, agent.avatarUrl, 22)}<span
          class="my-name">${agent.displayName}</span></button>
        <button class="link" @click=${this.signOut}>${t("logout")}</button>
      </header>
      <nav>
        ${Object.keys(VIEWS).map((view) => html`<button class="view ${view === this.view ? "active" : ""}"
            data-view=${view} @click=${() => this.choose(view)}>${t("view." + view)}
            <span class="count">${this.counts[view] == null ? "" : number(this.counts[view])}</span></button>`)}
        <input class="search" type="search" maxlength="200" placeholder=${t("search.placeholder")}
          aria-label=${t("search.placeholder")} @input=${(e) => { this.query = e.target.value.trim(); this.refreshSoon(); }}>
      </nav>
      <ul class="list">
        ${this.items.length === 0 ? html`<li class="empty">${t("list.empty")}</li>` : ""}
        ${this.items.map((c) => html`<li><button class="conversation ${c.id === this.selected ? "active" : ""}
            ${this.unread.has(c.id) ? "unread" : ""}" data-id=${c.id} @click=${() => this.open(c.id)}>
          <span class="who">${visitorName(c.visitorId)}</span>
          <span class="when">${when(c.updatedAt)}</span>
          <span class="preview">${c.lastMessage ? html`${c.lastMessage.author === "VISITOR" ? ""
            : html`<b>${t("author." + c.lastMessage.author.toLowerCase())}:</b> `}${c.lastMessage.text}` : ""}</span>
          <span class="meta">${channelBadge(c.channel)}<span class="status">${t("status." + c.status)}${c.assignee
            ? html` · <span class="assignee">${c.assignee === agent.id ? t("author.you") : nameOf(c.assignee) || "…"}</span>`
            : ""}</span></span></button></li>`)}
      </ul>
      ${this.help ? html`<parley-shortcuts @close=${() => (this.help = false)}></parley-shortcuts>` : ""}
      <parley-team .live=${this.live} .me=${agent.id} @my-presence=${(e) => (this.myPresence = e.detail)}></parley-team>
      ${this.page === "settings" ? html`<parley-admin .agent=${agent} @parley-page=${(e) => this.switchTo(e.detail)}
        @profile-changed=${(e) => this.profileChanged(e.detail)}></parley-admin>` : ""}
      ${this.page === "integrations" ? html`<parley-integrations></parley-integrations>` : ""}
      ${this.page === "profile" ? html`<parley-profile .agent=${agent}
        @profile-changed=${(e) => this.profileChanged(e.detail)}></parley-profile>` : ""}
      ${this.page === "replies" ? html`<section class="replies-page">
          <parley-canned-replies scope="PERSONAL" .agent=${agent}></parley-canned-replies>
          <parley-canned-replies scope="SHARED" .agent=${agent}></parley-canned-replies></section>` : ""}
      <parley-desk ?hidden=${this.page !== "desk"} .live=${this.live} .agent=${agent}
          @parley-focus=${(e) => this.focused(e.detail)} @changed=${() => this.refresh()}></parley-desk>`;
  }

  static styles = [channelBadgeStyles, css`
    :host { display: grid; grid-template-columns: 300px 1fr; grid-template-rows: auto auto 1fr auto; height: 100%; }
    .me { display: inline-flex; align-items: center; gap: 6px; text-decoration: none; }
    .me .avatar { width: 22px; height: 22px; border-radius: 50%; object-fit: cover; }
    .me .initials { display: inline-grid; place-items: center; background: #fff; color: #1e3a8a; font-size: 10px; font-weight: 700; }
    parley-team { grid-column: 1; grid-row: 4; }
    header { grid-column: 1 / 3; display: flex; gap: 10px; align-items: center; padding: 8px 14px; background: #1e3a8a; color: #fff; }
    header select { font: inherit; }
    .spacer { flex: 1; }
    .connection { background: #fbbf24; color: #111; padding: 2px 8px; border-radius: 4px; }
    .link { background: none; border: 0; color: inherit; text-decoration: underline; cursor: pointer; font: inherit; }
    nav { grid-column: 1; display: flex; flex-wrap: wrap; gap: 4px; padding: 8px; background: #fff; border-right: 1px solid #e5e7eb; }
    nav .search { flex-basis: 100%; font: inherit; padding: 4px 8px; margin-top: 4px; }
    .view { border: 1px solid #d1d5db; background: #fff; border-radius: 14px; padding: 3px 10px; cursor: pointer; font: inherit; }
    .view.active { background: #1e40af; color: #fff; border-color: #1e40af; }
    .count { font-weight: 600; margin-left: 4px; }
    .list { grid-column: 1; list-style: none; margin: 0; padding: 0; overflow-y: auto; background: #fff; border-right: 1px solid #e5e7eb; }
    .conversation { display: grid; grid-template-columns: 1fr auto; width: 100%; text-align: left; padding: 10px 12px;
      border: 0; border-bottom: 1px solid #f3f4f6; background: none; cursor: pointer; font: inherit; }
    .conversation.active { background: #eff6ff; }
    .conversation.unread .who { font-weight: 700; }
    .status, .when { font-size: 12px; color: #6b7280; }
    .preview { grid-column: 1 / 3; font-size: 13px; color: #374151; white-space: nowrap; overflow: hidden;
      text-overflow: ellipsis; min-width: 0; }
    .preview:empty { display: none; }
    .preview b { font-weight: 600; color: #6b7280; }
    .conversation .meta { grid-column: 1 / 3; }
    .empty { padding: 16px; color: #6b7280; }
    parley-desk, parley-admin, parley-integrations, parley-profile, .replies-page { grid-column: 2; grid-row: 2 / 5; min-height: 0; min-width: 0; }
    parley-desk[hidden] { display: none; }
    .replies-page { overflow-y: auto; padding: 16px 24px; background: #fff; }
    parley-shortcuts { position: fixed; top: 44px; right: 14px; z-index: 10; }
    .login { grid-column: 1 / 3; grid-row: 1 / 5; width: 320px; margin: 10vh auto; background: #fff; padding: 24px;
      border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.1); display: flex; flex-direction: column; gap: 12px; }
    .login label { display: flex; flex-direction: column; gap: 4px; }
    .login input { font: inherit; padding: 8px; border: 1px solid #d1d5db; border-radius: 6px; }
    .login button { font: inherit; padding: 9px; background: #1e40af; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
    .failure { color: #b91c1c; margin: 0; min-height: 1em; }
    @media (max-width: 720px) { :host { grid-template-columns: 1fr; } parley-desk { grid-column: 1; grid-row: auto; } }
  `];
}

customElements.define("parley-console", ParleyConsole);
