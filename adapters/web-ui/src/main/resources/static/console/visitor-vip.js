import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {language, onLanguage} from "./i18n.js";

const TEXT = {
  en: {vip: "VIP", mark: "Mark as VIP", unmark: "Remove VIP", hint: "VIP visitors go straight to a person.",
    error: "That did not work: "},
  "zh-CN": {vip: "贵宾", mark: "标记为贵宾", unmark: "取消贵宾", hint: "贵宾访客直接转人工服务。", error: "操作失败："}
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key];
}

/** The visitor's VIP mark in the conversation sidebar: shown to every agent, changed with one button. */
class ParleyVisitorVip extends LitElement {
  static properties = {visitorId: {attribute: "visitor-id"}, vip: {type: Boolean}, notice: {state: true}};

  constructor() {
    super();
    this.vip = false;
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onLanguage(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  async toggle() {
    try {
      const visitor = await api("PATCH", `/api/v1/visitors/${encodeURIComponent(this.visitorId)}`, {vip: !this.vip});
      this.vip = visitor.vip;
      this.notice = "";
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  render() {
    return html`
      ${this.vip ? html`<span class="badge" title=${say("hint")}>${say("vip")}</span>` : ""}
      <button class="vip-toggle" @click=${this.toggle} title=${say("hint")}>${this.vip ? say("unmark") : say("mark")}</button>
      <span class="vip-notice" role="status">${this.notice}</span>`;
  }

  static styles = css`
    :host { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0 10px; }
    .badge { background: #fef3c7; color: #92400e; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
    button { font: inherit; padding: 2px 8px; }
    .vip-notice { color: #b91c1c; }
  `;
}

customElements.define("parley-visitor-vip", ParleyVisitorVip);
