import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {onLanguage, problem, t} from "./i18n.js";
import {dateTime} from "./text.js";

/**
 * An API inbox's callback URL, for admins: where the replies of agents and the bot in its conversations are POSTed,
 * signed as Standard Webhooks. The signing secret is shown once, when it is made (the first URL, or "New secret");
 * changing the URL keeps it; removing asks first. Refusals (an internal address, a malformed URL) say why.
 */
class ParleyApiCallback extends LitElement {
  static properties = {inboxId: {attribute: "inbox-id"}, callback: {state: true}, loaded: {state: true},
    secret: {state: true}, confirming: {state: true}, notice: {state: true}, error: {state: true}};

  constructor() {
    super();
    this.callback = null;
    this.loaded = false;
    this.secret = null;
    this.confirming = false;
    this.notice = "";
    this.error = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onLanguage(() => this.requestUpdate());
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  path() {
    return `/api/v1/inboxes/${encodeURIComponent(this.inboxId)}/callback`;
  }

  async load() {
    try {
      this.callback = await api("GET", this.path());
    } catch (error) {
      this.callback = null;
      if (error.code !== "channel.callback-not-set") this.error = problem(error);
    }
    this.loaded = true;
  }

  async act(work, done) {
    this.notice = "";
    this.error = "";
    try {
      await work();
      this.notice = t(done);
    } catch (error) {
      this.error = problem(error);
    }
  }

  save(event) {
    event.preventDefault();
    const url = event.target.url.value.trim();
    return this.act(async () => {
      const saved = await api("PUT", this.path(), {url});
      this.callback = saved;
      this.secret = saved.secret ?? null;
    }, "callback.saved");
  }

  rotate() {
    this.confirming = false;
    return this.act(async () => {
      const saved = await api("PUT", this.path(), {url: this.callback.url, rotateSecret: true});
      this.callback = saved;
      this.secret = saved.secret;
    }, "callback.rotated");
  }

  /** The first click asks, the confirming click removes. */
  remove() {
    if (!this.confirming) {
      this.confirming = true;
      return;
    }
    this.confirming = false;
    return this.act(async () => {
      await api("DELETE", this.path());
      this.callback = null;
      this.secret = null;
    }, "callback.removed");
  }

  copy() {
    navigator.clipboard?.writeText(this.secret).then(() => (this.notice = t("callback.copied")),
      () => (this.error = t("callback.copyFailed")));
  }

  render() {
    if (!this.loaded) return html`<p class="cb-error" role="alert">${this.error}</p>`;
    const callback = this.callback;
    return html`<h4>${t("callback.title")}</h4>
      <p class="hint">${t("callback.hint")}</p>
      <form @submit=${this.save}>
        <input name="url" type="url" required maxlength="2048" .value=${callback?.url ?? ""}
          placeholder=${t("callback.placeholder")} aria-label=${t("callback.title")}>
        <button type="submit" class="save">${t(callback ? "callback.change" : "callback.set")}</button>
      </form>
      ${callback ? html`<p class="state">${t("callback.since")} <span class="updated">${dateTime(callback.updatedAt)}</span>
        ${this.confirming ? html`<span class="confirm" role="alert">${t("callback.confirmRemove")}</span>
          <button class="confirm-remove" @click=${this.remove}>${t("callback.remove")}</button>
          <button class="cancel" @click=${() => (this.confirming = false)}>${t("callback.cancel")}</button>` : html`
          <button class="rotate-secret" @click=${this.rotate}>${t("callback.rotate")}</button>
          <button class="remove" @click=${this.remove}>${t("callback.remove")}</button>`}</p>`
        : html`<p class="state none">${t("callback.none")}</p>`}
      ${this.secret ? html`<div class="secret" role="alert"><p>${t("callback.secretOnce")}</p>
        <code>${this.secret}</code>
        <button class="copy" @click=${this.copy}>${t("callback.copy")}</button>
        <button class="hide" @click=${() => (this.secret = null)}>${t("callback.hide")}</button></div>` : ""}
      <p class="cb-notice" role="status">${this.notice}</p>
      <p class="cb-error" role="alert">${this.error}</p>`;
  }

  static styles = css`
    :host { display: block; margin: 10px 0 12px; max-width: 720px; }
    h4 { margin: 0 0 2px; font-size: 13px; }
    .hint { margin: 0 0 6px; color: #4b5563; }
    form { display: flex; gap: 6px; }
    input { flex: 1; min-width: 0; }
    input, button { font: inherit; padding: 4px 8px; }
    .state { margin: 6px 0 0; color: #4b5563; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .confirm { color: #b91c1c; }
    .secret { background: #ecfdf5; border: 1px solid #10b981; padding: 8px; border-radius: 6px; margin: 6px 0; }
    .secret p { margin: 0 0 4px; font-weight: 600; }
    code { font-family: ui-monospace, monospace; word-break: break-all; margin-right: 8px; }
    .cb-notice { color: #1e40af; margin: 4px 0 0; }
    .cb-error { color: #b91c1c; margin: 4px 0 0; }
    p:empty { display: none; }
  `;
}

customElements.define("parley-api-callback", ParleyApiCallback);
