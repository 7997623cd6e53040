import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {problem, t} from "./i18n.js";
import {dateTime} from "./text.js";
import "./inbox-settings.js";

/**
 * The settings each messaging platform's adapter reads (docs/channels.md), in the order its console shows them;
 * `secret` fields are never shown back, only whether they are set; `choices` make a select.
 */
export const PLATFORMS = {
  WECHAT: {path: "wechat", fields: [{key: "appId"}, {key: "appSecret", secret: true}, {key: "token", secret: true},
    {key: "encodingAesKey", secret: true}, {key: "messageMode", choices: ["plain", "compatible", "safe"]},
    {key: "apiBase", optional: true}]},
  DINGTALK: {path: "dingtalk", fields: [{key: "appKey"}, {key: "appSecret", secret: true}, {key: "robotCode"},
    {key: "apiBase", optional: true}, {key: "sessionWebhookHost", optional: true}]},
  FEISHU: {path: "feishu", fields: [{key: "appId"}, {key: "appSecret", secret: true},
    {key: "verificationToken", secret: true}, {key: "encryptKey", secret: true}, {key: "apiBase", optional: true}]},
  WECHAT_MINI_PROGRAM: {path: "wechat-mini-program", fields: [{key: "appId"}, {key: "appSecret", secret: true},
    {key: "token", secret: true}, {key: "encodingAesKey", secret: true}, {key: "messageFormat", choices: ["json", "xml"]},
    {key: "apiBase", optional: true}]},
};

/**
 * Messaging platforms, for admins: inboxes whose conversations come from WeChat, DingTalk or Feishu, the callback
 * URL to enter in the platform's console, and the app's settings. A secret typed in is sent once and never shown
 * back; a field left empty keeps what is stored.
 */
class ParleyPlatformInboxes extends LitElement {
  static properties = {inboxes: {state: true}, settings: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.inboxes = [];
    this.settings = {};
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.inboxes = (await api("GET", "/api/v1/inboxes")).items.filter((inbox) => PLATFORMS[inbox.channel]);
      const all = await Promise.all(this.inboxes.map((inbox) =>
        api("GET", `/api/v1/inboxes/${inbox.id}/channel-settings`)));
      this.settings = Object.fromEntries(this.inboxes.map((inbox, i) => [inbox.id, all[i]]));
    } catch (error) {
      this.notice = problem(error);
    }
  }

  async createInbox(event) {
    event.preventDefault();
    const form = event.target;
    try {
      await api("POST", "/api/v1/inboxes", {name: form.inboxName.value.trim(), channel: form.channel.value});
      form.reset();
      this.notice = t("platforms.inboxCreated");
      await this.load();
    } catch (error) {
      this.notice = problem(error);
    }
  }

  async save(event, inbox) {
    event.preventDefault();
    const form = event.target;
    const values = {};
    for (const field of PLATFORMS[inbox.channel].fields) {
      const input = form.elements[field.key];
      const value = input.value.trim();
      const stored = this.settings[inbox.id]?.values?.[field.key];
      if (field.secret) {
        if (value) values[field.key] = value;
      } else if (value !== (stored ?? "")) {
        values[field.key] = value; // an emptied field removes the setting
      }
    }
    try {
      this.settings = {...this.settings,
        [inbox.id]: await api("PUT", `/api/v1/inboxes/${inbox.id}/channel-settings`, {values})};
      for (const field of PLATFORMS[inbox.channel].fields) {
        if (field.secret) form.elements[field.key].value = "";
      }
      this.notice = t("platforms.saved");
    } catch (error) {
      this.notice = problem(error);
    }
  }

  callbackUrl(inbox) {
    return `${location.origin}/api/v1/channels/${PLATFORMS[inbox.channel].path}/${inbox.id}`;
  }

  copy(text) {
    navigator.clipboard?.writeText(text).then(() => (this.notice = t("apiInboxes.copied")),
      () => (this.notice = t("apiInboxes.copyFailed")));
  }

  field(inbox, field) {
    const stored = this.settings[inbox.id]?.values?.[field.key];
    const label = t(`platforms.field.${field.key}`);
    let input;
    if (field.choices) {
      input = html`<select name=${field.key} aria-label=${label}>
        ${field.choices.map((choice) => html`<option value=${choice} ?selected=${(stored ?? field.choices[0]) === choice}>
          ${t(`platforms.choice.${choice}`)}</option>`)}</select>`;
    } else if (field.secret) {
      input = html`<input name=${field.key} type="password" autocomplete="new-password"
        aria-label=${label} placeholder=${stored ? t("platforms.secretKept") : t("platforms.secretMissing")}>
        <span class="state ${stored ? "set" : "unset"}">${stored ? t("platforms.secretSet") : t("platforms.notSet")}</span>`;
    } else {
      input = html`<input name=${field.key} aria-label=${label} .value=${stored ?? ""}
        placeholder=${field.optional ? t("platforms.optional") : ""}>`;
    }
    return html`<label class="field" data-field=${field.key}><span>${label}</span>${input}</label>`;
  }

  inbox(inbox) {
    const settings = this.settings[inbox.id];
    const url = this.callbackUrl(inbox);
    return html`<section class="inbox" data-inbox=${inbox.id} data-channel=${inbox.channel}>
      <h3>${inbox.name} <span class="badge">${t(`channel.${inbox.channel}`)}</span></h3>
      <p class="callback"><span>${t("platforms.callbackUrl")}</span> <code>${url}</code>
        <button class="copy-url" @click=${() => this.copy(url)}>${t("apiInboxes.copy")}</button></p>
      <p class="hint">${t(`platforms.callbackHint.${inbox.channel}`)}</p>
      <form class="settings" @submit=${(e) => this.save(e, inbox)}>
        ${PLATFORMS[inbox.channel].fields.map((field) => this.field(inbox, field))}
        <div class="actions"><button type="submit">${t("platforms.save")}</button>
          ${settings?.updatedAt ? html`<span class="updated">${t("platforms.updatedAt")} ${dateTime(settings.updatedAt)}</span>` : ""}
        </div>
      </form>
      <parley-inbox-settings inbox-id=${inbox.id}></parley-inbox-settings>
    </section>`;
  }

  render() {
    return html`
      <h2>${t("platforms.title")}</h2>
      <p class="hint">${t("platforms.hint")}</p>
      <form class="new-inbox" @submit=${this.createInbox}>
        <input name="inboxName" required maxlength="120" placeholder=${t("platforms.inboxName")}
          aria-label=${t("platforms.inboxName")}>
        <select name="channel" aria-label=${t("platforms.channel")}>
          ${Object.keys(PLATFORMS).map((channel) => html`<option value=${channel}>${t(`channel.${channel}`)}</option>`)}
        </select>
        <button type="submit">${t("platforms.addInbox")}</button>
      </form>
      <p class="platform-notice" role="status">${this.notice}</p>
      ${this.inboxes.length ? this.inboxes.map((inbox) => this.inbox(inbox))
        : html`<p class="empty">${t("platforms.none")}</p>`}`;
  }

  static styles = css`
    :host { display: block; margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    h3 { font-size: 14px; margin: 12px 0 4px; }
    .hint { margin: 0 0 6px; color: #4b5563; max-width: 640px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-start; max-width: 720px; }
    form.settings { flex-direction: column; }
    .field { display: flex; gap: 8px; align-items: center; }
    .field > span:first-child { width: 180px; color: #374151; }
    input, button, select { font: inherit; padding: 4px 8px; }
    .field input { width: 320px; }
    .state.set { color: #047857; }
    .state.unset { color: #b45309; }
    code { font-family: ui-monospace, monospace; word-break: break-all; }
    .badge { font-size: 11px; background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 1px 6px; }
    .updated { color: #6b7280; margin-left: 8px; }
    .empty { color: #6b7280; margin: 4px 0; }
    .platform-notice { min-height: 1em; color: #1e40af; margin: 4px 0; }
  `;
}

customElements.define("parley-platform-inboxes", ParleyPlatformInboxes);
