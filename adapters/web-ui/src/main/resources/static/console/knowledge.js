import {LitElement, html, css} from "lit";
import {api, download, uploadForm} from "./api.js";
import {language} from "./i18n.js";
import "./knowledge-documents.js";
import "./knowledge-index.js";
import "./knowledge-entry-editor.js";

// Strings of this page only, so that it does not touch the console's shared bundles.
const TEXT = {
  en: {
    title: "Knowledge base", question: "Question", answer: "Answer", add: "Add entry", enable: "Enable",
    disable: "Disable", disabled: "disabled", edit: "Edit", tryTitle: "Try it", tryPlaceholder: "A visitor's message",
    tryButton: "Try", threshold: "answer threshold", unanswered: "Unanswered questions", dismiss: "Dismiss",
    none: "None.", saved: "Saved.", error: "Something went wrong: ", csvFile: "CSV file",
    importCsv: "Import CSV", exportCsv: "Export CSV", imported: "Imported: ", line: "line {n}", document: "document",
    "action.answer": "The bot answers:", "action.hand-over": "The bot hands over", "action.small-talk": "The bot greets:"
  },
  "zh-CN": {
    title: "知识库", question: "问题", answer: "答案", add: "添加条目", enable: "启用", disable: "停用", edit: "编辑",
    disabled: "已停用", tryTitle: "试一试", tryPlaceholder: "访客的消息", tryButton: "试试", threshold: "回答阈值",
    unanswered: "未解答的问题", dismiss: "忽略", none: "暂无。", saved: "已保存。", error: "出错了：",
    csvFile: "CSV 文件", importCsv: "导入 CSV", exportCsv: "导出 CSV", imported: "已导入：", line: "第 {n} 行",
    document: "文档",
    "action.answer": "机器人回答：", "action.hand-over": "机器人转人工", "action.small-talk": "机器人寒暄："
  }
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key] ?? key;
}

/** The workspace's knowledge entries, the "try it" box, and the questions the bot could not answer. */
class ParleyKnowledge extends LitElement {
  static properties = {entries: {state: true}, unanswered: {state: true}, tried: {state: true}, notice: {state: true},
    problems: {state: true}, editing: {state: true}};

  constructor() {
    super();
    this.problems = [];
    this.entries = [];
    this.unanswered = [];
    this.tried = null;
    this.notice = "";
    this.editing = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [entries, unanswered] = await Promise.all([api("GET", "/api/v1/knowledge/entries"),
        api("GET", "/api/v1/knowledge/unanswered")]);
      this.entries = entries.items;
      this.unanswered = unanswered.items;
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  async run(action, done = () => say("saved")) {
    this.problems = [];
    try {
      const result = await action();
      this.notice = done(result);
      await this.load();
    } catch (error) {
      this.notice = say("error") + error.message;
      this.problems = error.errors || [];
    }
  }

  importCsv(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    this.run(async () => {
      const imported = await uploadForm("/api/v1/knowledge/import/csv", data);
      form.reset();
      return imported;
    }, (imported) => say("imported") + imported.items.length);
  }

  exportCsv() {
    download("/api/v1/knowledge/export/csv", "knowledge.csv").catch((error) => {
      this.notice = say("error") + error.message;
    });
  }

  add(event) {
    event.preventDefault();
    const target = event.target;  // the event's target is gone once the request has been awaited
    const form = new FormData(target);
    this.run(async () => {
      await api("POST", "/api/v1/knowledge/entries", {question: form.get("question"), answer: form.get("answer")});
      target.reset();
    });
  }

  tryIt(event) {
    event.preventDefault();
    const q = new FormData(event.target).get("q");
    api("GET", "/api/v1/knowledge/try?q=" + encodeURIComponent(q)).then((tried) => {
      this.tried = tried;
      this.notice = "";
    }, (error) => (this.notice = say("error") + error.message));
  }

  render() {
    const tried = this.tried;
    return html`
      <p class="kb-notice" role="status">${this.notice}</p>
      ${this.problems.length ? html`<ul class="problems">${this.problems.map((p) => html`
        <li>${p.line !== undefined ? say("line").replace("{n}", p.line) + ": " : ""}${p.message} <code>${p.code}</code></li>`)}
      </ul>` : ""}
      <section class="try">
        <h2>${say("tryTitle")}</h2>
        <form @submit=${this.tryIt}>
          <input name="q" required maxlength="2000" placeholder=${say("tryPlaceholder")}>
          <button type="submit">${say("tryButton")}</button>
        </form>
        ${tried ? html`
          <p class="verdict"><strong>${say("action." + tried.action)}</strong> ${tried.action === "hand-over"
            ? html`<span class="reason">(${tried.reason})</span>` : ""}</p>
          <blockquote>${tried.reply}</blockquote>
          <table class="candidates">
            ${tried.candidates.map((c) => html`<tr class=${c.score >= tried.threshold ? "above" : ""}>
              <td>${c.score.toFixed(3)}</td><td>${c.documentId ? html`<span class="doc-mark">${say("document")}</span> `
                : ""}${c.question}</td></tr>`)}
          </table>
          <p class="threshold">${say("threshold")}: ${tried.threshold.toFixed(2)}</p>` : ""}
      </section>
      <section class="unanswered">
        <h2>${say("unanswered")}</h2>
        ${this.unanswered.length === 0 ? html`<p>${say("none")}</p>` : html`<ul>
          ${this.unanswered.map((u) => html`<li><span>${u.question}</span>
            <button @click=${() => this.run(() => api("POST", `/api/v1/knowledge/unanswered/${u.id}/dismiss`))}>
              ${say("dismiss")}</button></li>`)}</ul>`}
      </section>
      <section class="documents"><parley-knowledge-documents></parley-knowledge-documents></section>
      <section class="entries">
        <h2>${say("title")}</h2>
        <parley-knowledge-index></parley-knowledge-index>
        <form class="csv" @submit=${this.importCsv}>
          <label>${say("csvFile")} <input type="file" name="file" accept=".csv,text/csv" required></label>
          <button type="submit" class="import">${say("importCsv")}</button>
          <button type="button" class="export" @click=${this.exportCsv}>${say("exportCsv")}</button>
        </form>
        <form class="add" @submit=${this.add}>
          <input name="question" required maxlength="500" placeholder=${say("question")}>
          <textarea name="answer" required maxlength="8000" rows="3" placeholder=${say("answer")}></textarea>
          <button type="submit">${say("add")}</button>
        </form>
        <table>
          ${this.entries.map((e) => html`<tr class=${e.enabled ? "" : "disabled"}>
            <td class="q">${e.question}${e.enabled ? "" : html` <em>(${say("disabled")})</em>`}</td>
            <td class="a">${e.answer}</td>
            <td><button @click=${() => this.run(() => api("PATCH", `/api/v1/knowledge/entries/${e.id}`,
              {enabled: !e.enabled}))}>${e.enabled ? say("disable") : say("enable")}</button>
              <button class="edit" @click=${() => (this.editing = e.id)}>${say("edit")}</button></td></tr>
            ${this.editing === e.id ? html`<tr class="editing"><td colspan="3">
              <parley-knowledge-entry-editor .entry=${e} @cancel=${() => (this.editing = null)}
                @saved=${() => { this.editing = null; this.notice = say("saved"); this.load(); }}>
              </parley-knowledge-entry-editor></td></tr>` : ""}`)}
        </table>
      </section>`;
  }

  static styles = css`
    :host { display: block; }
    section { margin-bottom: 28px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
    input[name="q"], input[name="question"] { flex: 1 1 320px; }
    textarea { flex: 1 1 100%; font: inherit; }
    input, button, textarea { font: inherit; padding: 4px 8px; }
    blockquote { margin: 4px 0 8px; padding: 6px 10px; background: #f3f4f6; white-space: pre-wrap; }
    table { border-collapse: collapse; }
    td { padding: 4px 10px 4px 0; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
    td.a { white-space: pre-wrap; max-width: 480px; }
    tr.above td:first-child { font-weight: 600; color: #166534; }
    tr.disabled td { color: #9ca3af; }
    .reason, .threshold { color: #6b7280; }
    ul { padding-left: 18px; }
    li { margin-bottom: 4px; }
    li button { margin-left: 8px; }
    .kb-notice { min-height: 1em; color: #1e40af; margin: 0 0 8px; }
    .problems { color: #b91c1c; }
    .doc-mark { font-size: 11px; color: #6b7280; border: 1px solid #d1d5db; border-radius: 3px; padding: 0 3px; }
  `;
}

customElements.define("parley-knowledge", ParleyKnowledge);
