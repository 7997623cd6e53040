import {LitElement, html, css} from "lit";
import {colleagues, connectionRenewed, knows, readRoster, roster, statusChanged} from "./roster.js";
import {t} from "./i18n.js";
import {avatar} from "./avatar.js";

const ORDER = {ONLINE: 0, AWAY: 1, OFFLINE: 2};
const strip = (status) => (status || "").replace("PRESENCE_STATUS_", "");

/**
 * The workspace's agents with their presence, wherever in the cluster their consoles are connected. Read once from
 * the server and whenever the connection comes back; presence notices then keep it current. Fires "my-presence"
 * with the signed-in agent's own status, so that the console's picker shows it.
 */
class ParleyTeam extends LitElement {
  static properties = {live: {attribute: false}, me: {attribute: false}, items: {state: true}};

  constructor() {
    super();
    this.items = [];
    this.onPresence = (e) => this.setStatus(e.detail.agentId, strip(e.detail.status));
    this.onConnection = (e) => {
      if (e.detail) {
        connectionRenewed();
        this.load();
      }
    };
    this.onRoster = () => {
      this.items = colleagues();
      this.tellMine();
    };
    roster.addEventListener("change", this.onRoster);
  }

  updated(changed) {
    if (changed.has("live")) {
      changed.get("live")?.removeEventListener("presence", this.onPresence);
      changed.get("live")?.removeEventListener("connection", this.onConnection);
      this.live?.addEventListener("presence", this.onPresence);
      this.live?.addEventListener("connection", this.onConnection);
      this.load();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.live?.removeEventListener("presence", this.onPresence);
    this.live?.removeEventListener("connection", this.onConnection);
    roster.removeEventListener("change", this.onRoster);
  }

  load() {
    readRoster().catch(() => { /* the list is a nicety; the console works without it */ });
  }

  setStatus(agentId, status) {
    const known = knows(agentId);
    statusChanged(agentId, status); // remembered even before a read holds the agent; the roster tells every view
    if (!known) this.load();
  }

  tellMine() {
    const mine = this.items.find((a) => a.agentId === this.me);
    if (mine) this.dispatchEvent(new CustomEvent("my-presence", {detail: mine.status}));
  }

  render() {
    const sorted = [...this.items].sort((a, b) => ORDER[a.status] - ORDER[b.status]
      || a.displayName.localeCompare(b.displayName));
    return html`<h2>${t("team.title")}</h2>
      <ul>${sorted.map((a) => html`<li class="member ${a.status.toLowerCase()}" data-agent=${a.agentId}>
        ${avatar(a.displayName, a.avatarUrl, 24)}<span class="name">${a.displayName}</span>
        <span class="status" title=${t("presence." + a.status)}>${t("presence." + a.status)}</span></li>`)}</ul>`;
  }

  static styles = css`
    :host { display: block; border-top: 1px solid #e5e7eb; background: #fff; padding: 6px 10px; max-height: 30vh; overflow-y: auto; }
    h2 { font-size: 12px; text-transform: uppercase; color: #6b7280; margin: 0 0 4px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; align-items: center; gap: 8px; padding: 3px 0; }
    .avatar { width: 24px; height: 24px; border-radius: 50%; object-fit: cover; flex: none; }
    .initials { display: grid; place-items: center; background: #64748b; color: #fff; font-size: 11px; font-weight: 600; }
    .name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .status { font-size: 11px; color: #6b7280; }
    .status::before { content: "●"; margin-right: 3px; }
    .online .status::before { color: #16a34a; }
    .away .status::before { color: #d97706; }
    .offline { opacity: .6; }
    .offline .status::before { color: #9ca3af; }
  `;
}

customElements.define("parley-team", ParleyTeam);
