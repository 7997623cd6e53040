import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";

const FIELDS = ["HIDDEN", "OPTIONAL", "REQUIRED"];

/**
 * One web inbox's widget settings, for admins: colour, side, greetings, whether visitors see who answers (the agent's
 * name and picture, the assistant's name), the assistant's name, the pre-chat form, and for how many hours after a
 * resolve a visitor's follow-up reopens the conversation.
 */
class ParleyWidgetSettings extends LitElement {
  static properties = {inboxId: {attribute: "inbox-id"}, settings: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.settings = null;
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  path() {
    return `/api/v1/inboxes/${encodeURIComponent(this.inboxId)}/widget-settings`;
  }

  async load() {
    try {
      this.settings = await api("GET", this.path());
    } catch (error) {
      this.notice = t("error.generic") + error.message;
    }
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = {colour: form.get("colour"), position: form.get("position"), greetingEn: form.get("greetingEn"),
      greetingZh: form.get("greetingZh"), showAgentName: form.get("showAgentName") === "on",
      botName: form.get("botName"), nameField: form.get("nameField"), emailField: form.get("emailField"),
      reopenWindowHours: form.get("reopenWindowHours") === "" ? null : Number(form.get("reopenWindowHours"))};
    try {
      this.settings = await api("PUT", this.path(), body);
      this.notice = t("admin.saved");
    } catch (error) {
      this.notice = t("error.generic") + error.message;
    }
  }

  choice(name, value, options) {
    return html`<select name=${name}>${options.map((option) => html`
      <option value=${option} ?selected=${option === value}>${t("ws." + option)}</option>`)}</select>`;
  }

  render() {
    const s = this.settings;
    if (!s) return html`<p class="ws-notice" role="status">${this.notice}</p>`;
    return html`
      <form @submit=${this.save}>
        <h4>${t("ws.title")}</h4>
        <label>${t("ws.colour")} <input name="colour" type="color" .value=${s.colour}></label>
        <label>${t("ws.position")} ${this.choice("position", s.position, ["RIGHT", "LEFT"])}</label>
        <label>${t("ws.greetingEn")} <input name="greetingEn" maxlength="300" .value=${s.greetingEn ?? ""}
          placeholder=${t("ws.greetingHint")}></label>
        <label>${t("ws.greetingZh")} <input name="greetingZh" maxlength="300" .value=${s.greetingZh ?? ""}
          placeholder=${t("ws.greetingHint")}></label>
        <label class="check"><input name="showAgentName" type="checkbox" ?checked=${s.showAgentName}>
          ${t("ws.showAgentName")}</label>
        <label>${t("ws.botName")} <input name="botName" maxlength="40" .value=${s.botName ?? ""}
          placeholder=${t("ws.botNameHint")}></label>
        <label>${t("ws.nameField")} ${this.choice("nameField", s.nameField, FIELDS)}</label>
        <label>${t("ws.emailField")} ${this.choice("emailField", s.emailField, FIELDS)}</label>
        <label>${t("ws.reopenWindow")} <input name="reopenWindowHours" type="number" min="0" max="720" step="1"
          .value=${s.reopenWindowHours ?? ""} placeholder=${t("ws.reopenHint")}></label>
        <button type="submit">${t("ws.save")}</button>
        <p class="ws-notice" role="status">${this.notice}</p>
      </form>`;
  }

  static styles = css`
    :host { display: block; margin: 10px 0 16px; }
    form { display: grid; gap: 6px; max-width: 520px; }
    h4 { margin: 0; font-size: 13px; }
    label { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
    label.check { justify-content: flex-start; }
    input:not([type=checkbox]), select { font: inherit; padding: 3px 6px; min-width: 260px; }
    input[type=color] { padding: 0; height: 28px; }
    button { font: inherit; padding: 4px 8px; justify-self: start; }
    .ws-notice { min-height: 1em; color: #1e40af; margin: 0; }
  `;
}

customElements.define("parley-widget-settings", ParleyWidgetSettings);
