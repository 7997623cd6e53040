import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {problem, t} from "./i18n.js";
import {avatar} from "./avatar.js";
import {readRoster} from "./roster.js";
import "./profile.js";
import "./widget-settings.js";
import "./refused-origins.js";
import "./inbox-settings.js";
import "./knowledge.js";
import "./canned-replies.js";

const ROLES = ["AGENT", "SUPERVISOR", "ADMIN"];

/**
 * Administration, for admins: the widget snippet of each inbox, allowed origins, the knowledge base, the workspace's
 * shared canned replies and its agents. API inboxes and webhooks are under Integrations, which this page points to.
 */
class ParleyAdmin extends LitElement {
  static properties = {
    agent: {attribute: false}, inboxes: {state: true}, workspace: {state: true}, agents: {state: true},
    notice: {state: true}, editing: {state: true}, confirming: {state: true}
  };

  constructor() {
    super();
    this.inboxes = [];
    this.agents = [];
    this.workspace = null;
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [inboxes, workspace, agents] = await Promise.all([api("GET", "/api/v1/inboxes"),
        api("GET", "/api/v1/workspace"), api("GET", "/api/v1/agents")]);
      this.inboxes = inboxes.items;
      this.workspace = workspace;
      this.agents = agents.items;
    } catch (error) {
      this.notice = t("error.generic") + error.message;
    }
  }

  snippet(inbox) {
    return `<script src="${location.origin}/widget.js" data-parley="${inbox.widgetKey}" async></script>`;
  }

  async run(action) {
    try {
      await action();
      this.notice = t("admin.saved");
      await this.load();
      readRoster().catch(() => {});
    } catch (error) {
      this.notice = t("error.generic") + problem(error);
    }
  }

  /** Enabling is one click; disabling signs the agent out at once, so it asks first. */
  toggle(agent) {
    if (agent.enabled && this.confirming !== agent.id) {
      this.confirming = agent.id;
      return;
    }
    this.confirming = null;
    this.run(() => api("PATCH", `/api/v1/agents/${agent.id}`, {enabled: !agent.enabled}));
  }

  saveOrigins(event) {
    event.preventDefault();
    const origins = new FormData(event.target).get("origins").split(/\s+/).filter(Boolean);
    this.run(() => api("PATCH", "/api/v1/workspace", {allowedOrigins: origins}));
  }

  saveLinkHosts(event) {
    event.preventDefault();
    const hosts = new FormData(event.target).get("linkHosts").split(/\s+/).filter(Boolean);
    this.run(() => api("PATCH", "/api/v1/workspace", {allowedLinkHosts: hosts}));
  }

  addAgent(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.run(async () => {
      await api("POST", "/api/v1/agents", {email: form.get("email"), displayName: form.get("displayName"),
        role: form.get("role"), password: form.get("password")});
      event.target.reset();
    });
  }

  /** A colleague's new name or picture shows in the list; the event goes on up to the console. */
  profileChanged(agent) {
    this.agents = this.agents.map((a) => a.id === agent.id ? {...a, displayName: agent.displayName,
      avatarUrl: agent.avatarUrl} : a);
    this.editing = this.agents.find((a) => a.id === agent.id) ?? null;
  }

  render() {
    return html`
      <p class="notice" role="status">${this.notice}</p>
      <section class="widget">
        <h2>${t("admin.widget")}</h2>
        ${this.inboxes.filter((inbox) => inbox.widgetKey).map((inbox) => html`
          <h3>${inbox.name}</h3>
          <p>${t("admin.snippet")}</p>
          <pre class="snippet">${this.snippet(inbox)}</pre>
          <button @click=${() => navigator.clipboard?.writeText(this.snippet(inbox)).then(() => (this.notice = t("admin.copied")))}>
            ${t("admin.copy")}</button>
          <parley-inbox-settings inbox-id=${inbox.id}></parley-inbox-settings>
          <parley-widget-settings inbox-id=${inbox.id}></parley-widget-settings>`)}
      </section>
      <section class="origins">
        <h2>${t("admin.origins")}</h2>
        <form @submit=${this.saveOrigins}>
          <textarea name="origins" rows="4" .value=${(this.workspace?.allowedOrigins || []).join("\n")}></textarea>
          <button type="submit">${t("admin.save")}</button>
        </form>
        <parley-refused-origins .workspace=${this.workspace} @origins-changed=${() => this.load()}></parley-refused-origins>
      </section>
      <section class="link-hosts">
        <h2>${t("admin.linkHosts")}</h2>
        <p>${t("admin.linkHostsHint")}</p>
        <form @submit=${this.saveLinkHosts}>
          <textarea name="linkHosts" rows="3" aria-label=${t("admin.linkHosts")}
            .value=${(this.workspace?.allowedLinkHosts || []).join("\n")}></textarea>
          <button type="submit">${t("admin.save")}</button>
        </form>
      </section>
      <parley-knowledge></parley-knowledge>
      <parley-canned-replies scope="SHARED" .agent=${this.agent}></parley-canned-replies>
      <section class="integrations">
        <h2>${t("integrations.title")}</h2>
        <p>${t("admin.integrationsHint")}
          <button class="open-integrations" @click=${() => this.dispatchEvent(new CustomEvent("parley-page",
            {detail: "integrations"}))}>${t("admin.openIntegrations")}</button></p>
      </section>
      <section class="agents">
        <h2>${t("admin.agents")}</h2>
        <table>
          ${this.agents.map((a) => html`<tr class=${a.enabled ? "" : "disabled"} data-agent=${a.id}>
            <td>${avatar(a.displayName, a.avatarUrl, 24)}</td><td>${a.displayName}</td><td>${a.email}</td><td class="role">${t("role." + a.role)}</td>
            <td><button class="edit-profile" @click=${() => (this.editing = this.editing?.id === a.id ? null : a)}>
              ${t("admin.editProfile")}</button></td>
            <td>${this.confirming === a.id ? html`<span class="confirm" role="alert">${t("admin.confirmDisable")}</span>
              <button class="confirm-disable" @click=${() => this.toggle(a)}>${t("admin.disable")}</button>
              <button class="cancel" @click=${() => (this.confirming = null)}>${t("canned.cancel")}</button>`
              : html`<button class="toggle" @click=${() => this.toggle(a)}>
              ${a.enabled ? t("admin.disable") : t("admin.enable")}</button>`}</td></tr>`)}
        </table>
        ${this.editing ? html`<parley-profile .agent=${this.editing}
          @profile-changed=${(e) => this.profileChanged(e.detail)}></parley-profile>` : ""}
        <form class="add" @submit=${this.addAgent}>
          <input name="displayName" required placeholder=${t("admin.name")}>
          <input name="email" type="email" required placeholder=${t("login.email")}>
          <select name="role">${ROLES.map((role) => html`<option value=${role}>${t("role." + role)}</option>`)}</select>
          <input name="password" type="password" required minlength="8" placeholder=${t("login.password")}>
          <button type="submit">${t("admin.add")}</button>
        </form>
      </section>`;
  }

  static styles = css`
    :host { display: block; overflow-y: auto; padding: 16px 24px; background: #fff; }
    section { margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    h3 { font-size: 14px; margin: 8px 0 4px; }
    pre { background: #f3f4f6; padding: 8px; white-space: pre-wrap; word-break: break-all; }
    textarea { width: 100%; max-width: 520px; display: block; margin-bottom: 6px; font: inherit; }
    table { border-collapse: collapse; margin-bottom: 8px; }
    td { padding: 4px 10px 4px 0; border-bottom: 1px solid #f3f4f6; }
    tr.disabled td { color: #9ca3af; }
    .confirm { color: #b91c1c; margin-right: 6px; }
    .add { display: flex; flex-wrap: wrap; gap: 6px; }
    input, select, button { font: inherit; padding: 4px 8px; }
    .notice { min-height: 1em; color: #1e40af; margin: 0 0 8px; }
    td .avatar { width: 24px; height: 24px; border-radius: 50%; object-fit: cover; display: block; }
    td .initials { display: grid; place-items: center; background: #64748b; color: #fff; font-size: 11px; font-weight: 600; }
    parley-profile { padding: 12px 0; }
  `;
}

customElements.define("parley-admin", ParleyAdmin);
