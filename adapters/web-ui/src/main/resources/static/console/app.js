import {LitElement, html, css} from "lit";
import {api, login, logout, session} from "./api.js";
import {Live} from "./live.js";
import {LANGUAGES, language, onLanguage, setLanguage, t} from "./i18n.js";
import {shortId, time} from "./text.js";
import {loadCannedReplies} from "./canned.js";
import {forgetDrafts} from "./composer.js";
import "./desk.js";
import "./admin.js";
import "./canned-replies.js";
import "./shortcuts.js";

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

/** A short tone for a visitor's message the agent is not looking at; browsers allow it after any click. */
function chime() {
  try {
    const context = new AudioContext();
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = 660;
    volume.gain.value = 0.05;
    tone.connect(volume).connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.15);
    tone.onended = () => context.close();
  } catch { /* sound is a nicety */ }
}

/** The console: sign-in, the inbox views with live counts, the open conversations, settings and canned replies. */
class ParleyConsole extends LitElement {
  static properties = {
    signedIn: {state: true}, view: {state: true}, counts: {state: true}, items: {state: true},
    selected: {state: true}, connected: {state: true}, failure: {state: true}, unread: {state: true},
    page: {state: true}, help: {state: true}
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
    onLanguage(() => rerender(this.renderRoot, this));
    window.addEventListener("parley-signed-out", () => this.signOut());
    this.addEventListener("parley-open", (event) => this.open(event.detail));
    this.query = "";
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
    if (message.authorKind === "AUTHOR_KIND_VISITOR" && (!onScreen || document.hidden)) {
      chime();
    }
    if (!onScreen) {
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
    } catch {
      this.failure = t("login.failed");
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

  /** Settings (admins) or canned replies in place of the desk; the same button leads back. */
  async switchTo(page) {
    this.page = this.page === page ? "desk" : page;
    await this.updateComplete;
    if (this.page === "desk") this.focused(this.selected);
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
        <select aria-label="Presence" @change=${(e) => this.live.send({setPresence: {status: e.target.value}})}>
          <option value="PRESENCE_STATUS_ONLINE">${t("presence.ONLINE")}</option>
          <option value="PRESENCE_STATUS_AWAY">${t("presence.AWAY")}</option>
        </select>
        ${this.languagePicker()}
        <button class="link replies" @click=${() => this.switchTo("replies")}>
          ${this.page === "replies" ? t("admin.back") : t("canned.page")}</button>
        ${agent.role === "ADMIN" ? html`<button class="link settings" @click=${() => this.switchTo("settings")}>
          ${this.page === "settings" ? t("admin.back") : t("admin.open")}</button>` : ""}
        <button class="link shortcuts-toggle" aria-expanded=${Boolean(this.help)} title=${t("shortcuts.title")}
          @click=${() => (this.help = !this.help)}>⌨</button>
        <span class="me">${agent.displayName}</span>
        <button class="link" @click=${this.signOut}>${t("logout")}</button>
      </header>
      <nav>
        ${Object.keys(VIEWS).map((view) => html`<button class="view ${view === this.view ? "active" : ""}"
            data-view=${view} @click=${() => this.choose(view)}>${t("view." + view)}
            <span class="count">${this.counts[view] ?? ""}</span></button>`)}
        <input class="search" type="search" maxlength="200" placeholder=${t("search.placeholder")}
          aria-label=${t("search.placeholder")} @input=${(e) => { this.query = e.target.value.trim(); this.refreshSoon(); }}>
      </nav>
      <ul class="list">
        ${this.items.length === 0 ? html`<li class="empty">${t("list.empty")}</li>` : ""}
        ${this.items.map((c) => html`<li><button class="conversation ${c.id === this.selected ? "active" : ""}
            ${this.unread.has(c.id) ? "unread" : ""}" data-id=${c.id} @click=${() => this.open(c.id)}>
          <span class="who">${t("visitor")} ${shortId(c.visitorId)}</span>
          <span class="status">${t("status." + c.status)}</span>
          <span class="when">${time(c.updatedAt)}</span></button></li>`)}
      </ul>
      ${this.help ? html`<parley-shortcuts @close=${() => (this.help = false)}></parley-shortcuts>` : ""}
      ${this.page === "settings" ? html`<parley-admin .agent=${agent}></parley-admin>` : ""}
      ${this.page === "replies" ? html`<section class="replies-page">
          <parley-canned-replies scope="PERSONAL" .agent=${agent}></parley-canned-replies>
          <parley-canned-replies scope="SHARED" .agent=${agent}></parley-canned-replies></section>` : ""}
      <parley-desk ?hidden=${this.page !== "desk"} .live=${this.live} .agent=${agent}
          @parley-focus=${(e) => this.focused(e.detail)} @changed=${() => this.refresh()}></parley-desk>`;
  }

  static styles = css`
    :host { display: grid; grid-template-columns: 300px 1fr; grid-template-rows: auto auto 1fr; height: 100%; }
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
    .empty { padding: 16px; color: #6b7280; }
    parley-desk, parley-admin, .replies-page { grid-column: 2; grid-row: 2 / 4; min-height: 0; min-width: 0; }
    parley-desk[hidden] { display: none; }
    .replies-page { overflow-y: auto; padding: 16px 24px; background: #fff; }
    parley-shortcuts { position: fixed; top: 44px; right: 14px; z-index: 10; }
    .login { grid-column: 1 / 3; grid-row: 1 / 4; width: 320px; margin: 10vh auto; background: #fff; padding: 24px;
      border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.1); display: flex; flex-direction: column; gap: 12px; }
    .login label { display: flex; flex-direction: column; gap: 4px; }
    .login input { font: inherit; padding: 8px; border: 1px solid #d1d5db; border-radius: 6px; }
    .login button { font: inherit; padding: 9px; background: #1e40af; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
    .failure { color: #b91c1c; margin: 0; min-height: 1em; }
    @media (max-width: 720px) { :host { grid-template-columns: 1fr; } parley-desk { grid-column: 1; grid-row: auto; } }
  `;
}

customElements.define("parley-console", ParleyConsole);
