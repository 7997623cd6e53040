import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {problem, t} from "./i18n.js";
import {dateTime} from "./text.js";
import "./api-callback.js";
import "./inbox-settings.js";

/**
 * API inboxes, for admins: inboxes of channel API through which the company's own app or backend brings its users'
 * conversations, each inbox's keys, where its replies are sent (its callback URL) and how its bot answers. A new (or rotated) key's secret is shown this once;
 * revoking asks first.
 */
class ParleyApiInboxes extends LitElement {
  static properties = {inboxes: {state: true}, keys: {state: true}, secret: {state: true},
    confirming: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.inboxes = [];
    this.keys = {};
    this.secret = null;
    this.confirming = null;
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.inboxes = (await api("GET", "/api/v1/inboxes")).items.filter((inbox) => inbox.channel === "API");
      const lists = await Promise.all(this.inboxes.map((inbox) => api("GET", `/api/v1/inboxes/${inbox.id}/api-keys`)));
      this.keys = Object.fromEntries(this.inboxes.map((inbox, i) => [inbox.id, lists[i].items]));
    } catch (error) {
      this.notice = problem(error);
    }
  }

  async act(work, done) {
    try {
      await work();
      this.notice = done ? t(done) : "";
      await this.load();
    } catch (error) {
      this.notice = problem(error);
    }
  }

  createInbox(event) {
    event.preventDefault();
    const form = event.target;
    return this.act(async () => {
      await api("POST", "/api/v1/inboxes", {name: form.inboxName.value.trim(), channel: "API"});
      form.reset();
    }, "apiInboxes.inboxCreated");
  }

  createKey(event, inbox) {
    event.preventDefault();
    const form = event.target;
    return this.act(async () => {
      const issued = await api("POST", `/api/v1/inboxes/${inbox.id}/api-keys`, {name: form.keyName.value.trim()});
      this.secret = {key: issued.key.id, value: issued.secret};
      form.reset();
    }, "apiInboxes.keyCreated");
  }

  rotate(inbox, key) {
    this.confirming = null;
    return this.act(async () => {
      const rotated = await api("POST", `/api/v1/inboxes/${inbox.id}/api-keys/${key.id}/rotate`, {});
      this.secret = {key: key.id, value: rotated.secret};
    }, "apiInboxes.rotated");
  }

  /** Revoking is for good: the first click asks, the confirming click revokes. */
  revoke(inbox, key) {
    if (this.confirming !== key.id) {
      this.confirming = key.id;
      return;
    }
    this.confirming = null;
    if (this.secret?.key === key.id) this.secret = null;
    return this.act(() => api("DELETE", `/api/v1/inboxes/${inbox.id}/api-keys/${key.id}`), "apiInboxes.revoked");
  }

  copy() {
    const value = this.secret?.value;
    if (!value) return;
    navigator.clipboard?.writeText(value).then(() => (this.notice = t("apiInboxes.copied")),
      () => (this.notice = t("apiInboxes.copyFailed")));
  }

  secretPanel(key) {
    if (this.secret?.key !== key.id) return "";
    return html`<tr class="secret-row"><td colspan="7"><div class="secret" role="alert">
      <p>${t("apiInboxes.secretOnce")}</p><code>${this.secret.value}</code>
      <button class="copy" @click=${() => this.copy()}>${t("apiInboxes.copy")}</button>
      <button class="hide" @click=${() => (this.secret = null)}>${t("apiInboxes.hide")}</button></div></td></tr>`;
  }

  keyRow(inbox, key) {
    return html`<tr data-key=${key.id} class=${key.revoked ? "revoked" : ""}>
        <td class="name">${key.name}</td>
        <td class="prefix"><code>${key.prefix}…</code></td>
        <td class="created">${dateTime(key.createdAt)}</td>
        <td class="last-used">${key.lastUsedAt ? dateTime(key.lastUsedAt) : t("apiInboxes.never")}</td>
        <td class="rotated">${dateTime(key.rotatedAt)}</td>
        <td class="state">${key.revoked ? html`${t("apiInboxes.revokedOn")} ${dateTime(key.revokedAt)}`
          : t("apiInboxes.active")}</td>
        <td>${key.revoked ? "" : this.confirming === key.id ? html`
          <span class="confirm" role="alert">${t("apiInboxes.confirmRevoke")}</span>
          <button class="confirm-revoke" @click=${() => this.revoke(inbox, key)}>${t("apiInboxes.revoke")}</button>
          <button class="cancel" @click=${() => (this.confirming = null)}>${t("apiInboxes.cancel")}</button>` : html`
          <button class="rotate" @click=${() => this.rotate(inbox, key)}>${t("apiInboxes.rotate")}</button>
          <button class="revoke" @click=${() => this.revoke(inbox, key)}>${t("apiInboxes.revoke")}</button>`}</td>
      </tr>${this.secretPanel(key)}`;
  }

  inbox(inbox) {
    const keys = this.keys[inbox.id] ?? [];
    return html`<section class="inbox" data-inbox=${inbox.id}>
      <h3>${inbox.name}</h3>
      <form class="new-key" @submit=${(e) => this.createKey(e, inbox)}>
        <input name="keyName" required maxlength="80" placeholder=${t("apiInboxes.keyName")}
          aria-label=${t("apiInboxes.keyName")}>
        <button type="submit">${t("apiInboxes.addKey")}</button>
      </form>
      ${keys.length ? html`<table class="keys">
        <tr><th>${t("apiInboxes.keyName")}</th><th>${t("apiInboxes.prefix")}</th><th>${t("apiInboxes.created")}</th>
          <th>${t("apiInboxes.lastUsed")}</th><th>${t("apiInboxes.rotatedAt")}</th><th>${t("apiInboxes.state")}</th>
          <th></th></tr>
        ${keys.map((key) => this.keyRow(inbox, key))}
      </table>` : html`<p class="empty">${t("apiInboxes.noKeys")}</p>`}
      <parley-api-callback inbox-id=${inbox.id}></parley-api-callback>
      <parley-inbox-settings inbox-id=${inbox.id}></parley-inbox-settings>
    </section>`;
  }

  render() {
    return html`
      <h2>${t("apiInboxes.title")}</h2>
      <p class="hint">${t("apiInboxes.hint")}</p>
      <form class="new-inbox" @submit=${this.createInbox}>
        <input name="inboxName" required maxlength="120" placeholder=${t("apiInboxes.inboxName")}
          aria-label=${t("apiInboxes.inboxName")}>
        <button type="submit">${t("apiInboxes.addInbox")}</button>
      </form>
      <p class="api-notice" role="status">${this.notice}</p>
      ${this.inboxes.length ? this.inboxes.map((inbox) => this.inbox(inbox))
        : html`<p class="empty">${t("apiInboxes.none")}</p>`}`;
  }

  static styles = css`
    :host { display: block; margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    h3 { font-size: 14px; margin: 12px 0 4px; }
    .hint { margin: 0 0 6px; color: #4b5563; max-width: 640px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-start; max-width: 720px; }
    input, button { font: inherit; padding: 4px 8px; }
    .secret { background: #ecfdf5; border: 1px solid #10b981; padding: 8px; border-radius: 6px; margin: 4px 0; max-width: 720px; }
    .secret p { margin: 0 0 4px; font-weight: 600; }
    code { font-family: ui-monospace, monospace; word-break: break-all; margin-right: 8px; }
    table { border-collapse: collapse; margin: 8px 0; }
    td, th { padding: 4px 10px 4px 0; border-bottom: 1px solid #f3f4f6; text-align: left; vertical-align: top; }
    th { font-size: 12px; color: #6b7280; font-weight: 600; }
    .prefix, .created, .last-used, .rotated, .state { white-space: nowrap; }
    tr.revoked td { color: #9ca3af; }
    .confirm { color: #b91c1c; margin-right: 6px; }
    .empty { color: #6b7280; margin: 4px 0; }
    .api-notice { min-height: 1em; color: #1e40af; margin: 4px 0; }
  `;
}

customElements.define("parley-api-inboxes", ParleyApiInboxes);
