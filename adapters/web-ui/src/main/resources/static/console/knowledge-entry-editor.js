import {LitElement, html, css} from "lit";
import {api} from "./api.js";
import {language, onLanguage} from "./i18n.js";

const TEXT = {
  en: {
    question: "Question", answer: "Answer", alternatives: "Other ways to ask (one per line)",
    tags: "Tags (comma separated)", enabled: "Enabled: the bot may answer with it", save: "Save", cancel: "Cancel",
    error: "Not saved: "
  },
  "zh-CN": {
    question: "问题", answer: "答案", alternatives: "其他问法（每行一个）", tags: "标签（用逗号分隔）",
    enabled: "启用：机器人可以用它回答", save: "保存", cancel: "取消", error: "未保存："
  }
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key] ?? key;
}

/**
 * Edits one knowledge entry's text, alternatives, tags and enabled flag; the server embeds it again on save. Fires
 * {@code saved} with the stored entry, or {@code cancel}.
 */
class ParleyKnowledgeEntryEditor extends LitElement {
  static properties = {entry: {attribute: false}, notice: {state: true}, busy: {state: true}};

  constructor() {
    super();
    this.entry = null;
    this.notice = "";
    this.busy = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onLanguage(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = {
      question: form.get("question"), answer: form.get("answer"),
      alternatives: form.get("alternatives").split("\n").map((line) => line.trim()).filter(Boolean),
      tags: form.get("tags").split(/[,，]/).map((tag) => tag.trim()).filter(Boolean),
      enabled: form.get("enabled") === "on"
    };
    this.busy = true;
    try {
      const saved = await api("PATCH", `/api/v1/knowledge/entries/${encodeURIComponent(this.entry.id)}`, body);
      this.notice = "";
      this.dispatchEvent(new CustomEvent("saved", {detail: saved}));
    } catch (error) {
      this.notice = say("error") + error.message;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const e = this.entry;
    if (!e) return html``;
    return html`
      <form @submit=${this.save}>
        <label>${say("question")}<input name="question" required maxlength="500" .value=${e.question}></label>
        <label>${say("answer")}<textarea name="answer" required maxlength="8000" rows="4" .value=${e.answer}></textarea></label>
        <label>${say("alternatives")}<textarea name="alternatives" rows="3"
          .value=${(e.alternatives || []).join("\n")}></textarea></label>
        <label>${say("tags")}<input name="tags" .value=${(e.tags || []).join(", ")}></label>
        <label class="check"><input name="enabled" type="checkbox" ?checked=${e.enabled}> ${say("enabled")}</label>
        <div class="buttons">
          <button type="submit" class="save" ?disabled=${this.busy}>${say("save")}</button>
          <button type="button" class="cancel" @click=${() => this.dispatchEvent(new CustomEvent("cancel"))}>
            ${say("cancel")}</button>
        </div>
        <p class="ke-notice" role="alert">${this.notice}</p>
      </form>`;
  }

  static styles = css`
    :host { display: block; padding: 8px 0; }
    form { display: grid; gap: 6px; max-width: 640px; }
    label { display: grid; gap: 2px; color: #374151; }
    label.check { display: flex; gap: 6px; align-items: center; }
    input, textarea, button { font: inherit; padding: 4px 8px; }
    .buttons { display: flex; gap: 6px; }
    .ke-notice { min-height: 1em; color: #b91c1c; margin: 0; }
  `;
}

customElements.define("parley-knowledge-entry-editor", ParleyKnowledgeEntryEditor);
