import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {problem, t, language} from "./i18n.js";

/**
 * Webhooks, for admins: the workspace's endpoints with the events each receives, a new endpoint's (or a rotated)
 * secret shown once, enabling and disabling (and why one was disabled), and each endpoint's delivery log with replay.
 */
class ParleyWebhooks extends LitElement {
  static properties = {endpoints: {state: true}, types: {state: true}, secret: {state: true},
    selected: {state: true}, deliveries: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.endpoints = [];
    this.types = [];
    this.secret = null;
    this.selected = null;
    this.deliveries = [];
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.types = (await api("GET", "/api/v1/webhooks/event-types")).items;
      this.endpoints = (await api("GET", "/api/v1/webhooks/endpoints")).items;
      if (this.selected) await this.showLog(this.selected);
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

  create(event) {
    event.preventDefault();
    const form = event.target;
    const events = [...form.querySelectorAll("input[name=event]:checked")].map((box) => box.value);
    return this.act(async () => {
      const created = await api("POST", "/api/v1/webhooks/endpoints", {url: form.url.value.trim(),
        description: form.description.value, events});
      this.secret = {endpoint: created.endpoint.id, value: created.secret};
      form.reset();
    }, "webhooks.created");
  }

  rotate(endpoint) {
    return this.act(async () => {
      const rotated = await api("POST", `/api/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`, {});
      this.secret = {endpoint: endpoint.id, value: rotated.secret};
    }, "webhooks.rotated");
  }

  toggle(endpoint) {
    return this.act(() => api("PATCH", `/api/v1/webhooks/endpoints/${endpoint.id}`, {enabled: !endpoint.enabled}));
  }

  remove(endpoint) {
    if (this.selected === endpoint.id) this.selected = null;
    return this.act(() => api("DELETE", `/api/v1/webhooks/endpoints/${endpoint.id}`), "webhooks.deleted");
  }

  async showLog(id) {
    this.selected = id;
    try {
      this.deliveries = (await api("GET", `/api/v1/webhooks/endpoints/${id}/deliveries?limit=20`)).items;
    } catch (error) {
      this.notice = problem(error);
    }
  }

  replay(delivery) {
    return this.act(() => api("POST",
      `/api/v1/webhooks/endpoints/${this.selected}/deliveries/${delivery.id}/replay`, {}), "webhooks.replayed");
  }

  when(instant) {
    return instant ? new Intl.DateTimeFormat(language(), {dateStyle: "short", timeStyle: "medium"})
      .format(new Date(instant)) : "";
  }

  render() {
    return html`
      <h2>${t("webhooks.title")}</h2>
      <p class="hint">${t("webhooks.hint")}</p>
      <form class="new-endpoint" @submit=${this.create}>
        <input name="url" type="url" required placeholder="https://" aria-label=${t("webhooks.url")}>
        <input name="description" maxlength="200" placeholder=${t("webhooks.description")}
          aria-label=${t("webhooks.description")}>
        <fieldset><legend>${t("webhooks.events")}</legend>
          ${this.types.map((type) => html`<label title=${type.description}>
            <input type="checkbox" name="event" value=${type.name}> ${type.name}</label>`)}
        </fieldset>
        <button type="submit">${t("webhooks.add")}</button>
      </form>
      ${this.secret ? html`<div class="secret" role="alert">
        <p>${t("webhooks.secretOnce")}</p><code>${this.secret.value}</code>
        <button class="copy" @click=${() => navigator.clipboard?.writeText(this.secret.value)}>${t("webhooks.copy")}</button>
        <button class="hide" @click=${() => (this.secret = null)}>${t("webhooks.hide")}</button></div>` : ""}
      <p class="wh-notice" role="status">${this.notice}</p>
      <table class="endpoints">
        ${this.endpoints.map((e) => html`<tr data-endpoint=${e.id} class=${e.enabled ? "" : "disabled"}>
          <td class="url">${e.url}${e.description ? html`<div class="desc">${e.description}</div>` : ""}</td>
          <td class="events">${e.events.join(", ")}</td>
          <td class="state">${e.enabled ? t("webhooks.enabled") : html`${t("webhooks.disabled")}
            <div class="reason">${e.disabledReason ?? ""}</div>`}</td>
          <td><button class="log" @click=${() => this.showLog(e.id)}>${t("webhooks.log")}</button>
            <button class="rotate" @click=${() => this.rotate(e)}>${t("webhooks.rotate")}</button>
            <button class="toggle" @click=${() => this.toggle(e)}>${e.enabled ? t("webhooks.disable")
              : t("webhooks.enable")}</button>
            <button class="delete" @click=${() => this.remove(e)}>${t("webhooks.delete")}</button></td></tr>`)}
      </table>
      ${this.selected ? html`<h3>${t("webhooks.log")}</h3>
        <button class="refresh" @click=${() => this.showLog(this.selected)}>${t("webhooks.refresh")}</button>
        ${this.deliveries.length ? html`<table class="deliveries">
          <tr><th>${t("webhooks.event")}</th><th>${t("webhooks.status")}</th><th>${t("webhooks.attempts")}</th>
            <th>${t("webhooks.response")}</th><th>${t("webhooks.time")}</th><th></th></tr>
          ${this.deliveries.map((d) => html`<tr data-delivery=${d.id} data-status=${d.status}>
            <td>${d.eventType}</td><td class="status">${t("webhooks.status." + d.status)}</td>
            <td class="attempts">${d.attempts}</td>
            <td class="response">${d.lastResponseStatus ?? d.lastError ?? ""}</td>
            <td>${this.when(d.completedAt ?? d.createdAt)}</td>
            <td>${d.status === "PENDING" ? "" : html`<button class="replay" @click=${() => this.replay(d)}>
              ${t("webhooks.replay")}</button>`}</td></tr>`)}
        </table>` : html`<p class="empty">${t("webhooks.noDeliveries")}</p>`}` : ""}`;
  }

  static styles = css`
    :host { display: block; margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    h3 { font-size: 14px; margin: 12px 0 4px; display: inline-block; margin-right: 8px; }
    .hint { margin: 0 0 6px; color: #4b5563; max-width: 640px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-start; max-width: 720px; }
    input[name=url] { flex: 1 1 320px; }
    fieldset { border: 1px solid #e5e7eb; display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 4px 8px; }
    fieldset label { white-space: nowrap; font-family: ui-monospace, monospace; font-size: 12px; }
    input, button { font: inherit; padding: 4px 8px; }
    .secret { background: #ecfdf5; border: 1px solid #10b981; padding: 8px; border-radius: 6px; margin: 8px 0; max-width: 720px; }
    .secret p { margin: 0 0 4px; }
    code { font-family: ui-monospace, monospace; word-break: break-all; margin-right: 8px; }
    table { border-collapse: collapse; margin: 8px 0; }
    td, th { padding: 4px 10px 4px 0; border-bottom: 1px solid #f3f4f6; text-align: left; vertical-align: top; }
    .url { font-family: ui-monospace, monospace; word-break: break-all; max-width: 320px; }
    .desc, .reason { font-family: inherit; color: #6b7280; font-size: 12px; }
    tr.disabled .url, tr.disabled .events { color: #9ca3af; }
    .reason { color: #b91c1c; max-width: 260px; }
    .events { font-size: 12px; max-width: 220px; }
    .wh-notice { min-height: 1em; color: #1e40af; margin: 4px 0; }
  `;
}

customElements.define("parley-webhooks", ParleyWebhooks);
