import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";
import {loadCannedReplies, onCannedReplies, storedCannedReplies} from "./canned.js";

const MANAGERS = ["ADMIN", "SUPERVISOR"];

/**
 * Managing canned replies of one scope: PERSONAL (the agent's own) or SHARED (the workspace's; admins and
 * supervisors add, change and delete them, everyone else reads them). Lists, adds, edits in place, deletes.
 */
class ParleyCannedReplies extends LitElement {
  static properties = {
    scope: {}, agent: {attribute: false}, editing: {state: true}, confirming: {state: true}, notice: {state: true},
    failure: {state: true}
  };

  constructor() {
    super();
    this.notice = "";
    this.failure = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onCannedReplies(() => this.requestUpdate());
    loadCannedReplies();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  get items() {
    return storedCannedReplies().filter((c) => c.scope === this.scope);
  }

  manages() {
    return this.scope === "PERSONAL" || MANAGERS.includes(this.agent?.role);
  }

  async run(action, done) {
    this.notice = "";
    this.failure = "";
    try {
      await action();
      this.notice = done;
      this.editing = null;
      this.confirming = null;
      await loadCannedReplies();  // the composers offer the change at once
    } catch (error) {
      this.failure = t("error.generic") + error.message;
    }
  }

  add(event) {
    event.preventDefault();
    const form = event.target;  // gone from the event once the request has been awaited
    const data = new FormData(form);
    this.run(async () => {
      await api("POST", "/api/v1/canned-replies", {scope: this.scope, shortcut: data.get("shortcut"), text: data.get("text")});
      form.reset();
    }, t("canned.added"));
  }

  save(event, reply) {
    event.preventDefault();
    const data = new FormData(event.target);
    this.run(() => api("PATCH", `/api/v1/canned-replies/${reply.id}`, {shortcut: data.get("shortcut"), text: data.get("text")}),
      t("admin.saved"));
  }

  /** The first click asks, the second deletes. */
  remove(reply) {
    if (this.confirming !== reply.id) return (this.confirming = reply.id);
    this.run(() => api("DELETE", `/api/v1/canned-replies/${reply.id}`), t("canned.deleted"));
  }

  fields(reply) {
    return html`<input name="shortcut" required maxlength="33" .value=${reply ? reply.shortcut : ""}
        placeholder=${t("canned.shortcut")} aria-label=${t("canned.shortcut")}>
      <textarea name="text" required maxlength="4000" rows="2" .value=${reply ? reply.text : ""}
        placeholder=${t("canned.text")} aria-label=${t("canned.text")}></textarea>`;
  }

  row(reply) {
    if (this.editing === reply.id) {
      return html`<li class="reply editing"><form @submit=${(e) => this.save(e, reply)}>${this.fields(reply)}
        <button type="submit">${t("admin.save")}</button>
        <button type="button" @click=${() => (this.editing = null)}>${t("canned.cancel")}</button></form></li>`;
    }
    return html`<li class="reply" data-shortcut=${reply.shortcut}><b class="shortcut">/${reply.shortcut}</b>
      <span class="text">${reply.text}</span>
      ${reply.editable ? html`<span class="tools"><button class="edit" @click=${() => (this.editing = reply.id)}>${t("canned.edit")}</button>
        <button class="delete ${this.confirming === reply.id ? "confirming" : ""}" @click=${() => this.remove(reply)}>
          ${this.confirming === reply.id ? t("canned.confirmDelete") : t("canned.delete")}</button></span>` : ""}</li>`;
  }

  render() {
    const shared = this.scope === "SHARED";
    return html`<section class=${shared ? "shared" : "personal"}>
      <h2>${shared ? t("canned.sharedTitle") : t("canned.personalTitle")}</h2>
      <p class="hint">${shared ? (this.manages() ? t("canned.sharedHint") : t("canned.sharedReadOnly")) : t("canned.personalHint")}</p>
      <p class="canned-notice" role="status">${this.notice}</p>
      <p class="canned-failure" role="alert">${this.failure}</p>
      ${this.manages() ? html`<form class="add" @submit=${this.add}>${this.fields()}
        <button type="submit">${t("canned.add")}</button></form>` : ""}
      <ul>${this.items.length ? this.items.map((reply) => this.row(reply)) : html`<li class="none">${t("history.none")}</li>`}</ul>
    </section>`;
  }

  static styles = css`
    :host { display: block; margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 4px; }
    .hint { color: #6b7280; margin: 0 0 8px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
    input, textarea, button { font: inherit; padding: 4px 8px; }
    input[name="shortcut"] { width: 160px; }
    textarea { flex: 1 1 360px; }
    ul { list-style: none; margin: 0; padding: 0; max-width: 860px; }
    .reply { display: flex; gap: 10px; align-items: baseline; padding: 6px 0; border-bottom: 1px solid #f3f4f6; }
    .reply form { flex: 1; margin: 0; }
    .shortcut { flex: none; min-width: 100px; }
    .text { flex: 1; white-space: pre-wrap; word-break: break-word; }
    .tools { flex: none; display: flex; gap: 4px; }
    .confirming { color: #b91c1c; }
    .none { color: #6b7280; }
    .canned-notice { color: #1e40af; margin: 0; }
    .canned-failure { color: #b91c1c; margin: 0; }
    .canned-notice:empty, .canned-failure:empty { display: none; }
  `;
}

customElements.define("parley-canned-replies", ParleyCannedReplies);
