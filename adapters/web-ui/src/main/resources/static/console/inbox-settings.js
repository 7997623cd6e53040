import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {language, onLanguage} from "./i18n.js";

const MODES = ["LLM", "KNOWLEDGE", "HUMANS_ONLY"];
const TEXT = {
  en: {
    title: "How the bot answers", mode: "Answer mode", vip: "Send VIP visitors straight to a person",
    save: "Save answer settings", saved: "Saved.", error: "That did not work: ",
    "mode.LLM": "Written by the language model from the knowledge base (quotes an entry when no model answers)",
    "mode.KNOWLEDGE": "Best knowledge entry, word for word",
    "mode.HUMANS_ONLY": "No bot: people answer every conversation",
    "mode.LLM.none": "Written by a language model — none is configured: answers as the best knowledge entry",
    noModel: "No language model is configured, so the bot answers with the best knowledge entry, word for word. Configure a model provider, or choose that mode here."
  },
  "zh-CN": {
    title: "机器人如何回答", mode: "回答方式", vip: "贵宾访客直接转人工", save: "保存回答设置", saved: "已保存。",
    error: "操作失败：",
    "mode.LLM": "由大语言模型根据知识库撰写（模型不可用时引用知识条目）",
    "mode.KNOWLEDGE": "原样回复最匹配的知识条目",
    "mode.HUMANS_ONLY": "不用机器人：全部由人工回复",
    "mode.LLM.none": "由大语言模型撰写——尚未配置模型：按最匹配的知识条目回复",
    noModel: "尚未配置大语言模型，机器人会原样回复最匹配的知识条目。请配置模型服务，或在此选择该方式。"
  }
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key] ?? key;
}

/** One inbox's answer settings, for admins: the answer mode and whether VIP visitors skip the bot. */
class ParleyInboxSettings extends LitElement {
  static properties = {
    inboxId: {attribute: "inbox-id"}, inbox: {state: true}, notice: {state: true}, model: {state: true},
    chosen: {state: true}
  };

  constructor() {
    super();
    this.inbox = null;
    this.notice = "";
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
    return `/api/v1/inboxes/${encodeURIComponent(this.inboxId)}`;
  }

  async load() {
    try {
      const [inbox, model] = await Promise.all([api("GET", this.path()),
        api("GET", "/api/v1/knowledge/language-model").catch(() => ({configured: true}))]);
      this.model = model;
      this.inbox = inbox;
      this.chosen = inbox.answerMode;
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      this.inbox = await api("PATCH", this.path(), {answerMode: form.get("answerMode"),
        vipHandOver: form.get("vipHandOver") === "on"});
      this.chosen = this.inbox.answerMode;
      this.notice = say("saved");
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  render() {
    const inbox = this.inbox;
    const modelless = this.model?.configured === false;
    if (!inbox) return html`<p class="is-notice" role="status">${this.notice}</p>`;
    return html`
      <form @submit=${this.save}>
        <h4>${say("title")}</h4>
        <label>${say("mode")}
          <select name="answerMode" @change=${(e) => (this.chosen = e.target.value)}>${MODES.map((mode) => html`
            <option value=${mode} ?selected=${mode === inbox.answerMode}>${say(mode === "LLM" && !modelless ? "mode.LLM"
              : "mode." + mode + (mode === "LLM" ? ".none" : ""))}</option>`)}</select>
        </label>
        ${modelless && this.chosen === "LLM" ? html`<p class="no-model" role="note">${say("noModel")}</p>` : ""}
        <label class="check"><input name="vipHandOver" type="checkbox" ?checked=${inbox.vipHandOver}>
          ${say("vip")}</label>
        <button type="submit">${say("save")}</button>
        <p class="is-notice" role="status">${this.notice}</p>
      </form>`;
  }

  static styles = css`
    :host { display: block; margin: 10px 0 16px; }
    form { display: grid; gap: 6px; max-width: 520px; }
    h4 { margin: 0; font-size: 13px; }
    label { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
    label.check { justify-content: flex-start; }
    select { font: inherit; padding: 3px 6px; max-width: 360px; }
    button { font: inherit; padding: 4px 8px; justify-self: start; }
    .is-notice { min-height: 1em; color: #1e40af; margin: 0; }
    .no-model { margin: 0; color: #92400e; background: #fffbeb; border: 1px solid #fcd34d; padding: 6px 8px; border-radius: 6px; }
  `;
}

customElements.define("parley-inbox-settings", ParleyInboxSettings);
