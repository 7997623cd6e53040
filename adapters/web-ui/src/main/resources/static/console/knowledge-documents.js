import {LitElement, html, css} from "lit";
import {api, uploadForm} from "./api.js";
import {language} from "./i18n.js";

// Strings of this component only, like the knowledge page's own.
const TEXT = {
  en: {
    title: "Documents", file: "File (.md, .html, .txt, .pdf)", titleField: "Title (optional)", upload: "Upload",
    uploaded: "Uploaded.", chunk: "chunk", chunks: "chunks", show: "Show chunks", hide: "Hide chunks", reprocess: "Re-process",
    remove: "Delete", removed: "Deleted.", none: "No documents yet.", error: "Something went wrong: ",
    "status.processing": "processing", "status.ready": "ready", "status.no-text": "no text found (scanned PDF?)",
    "status.failed": "failed", "error.knowledge.document-index-failed": "could not be indexed; re-process it"
  },
  "zh-CN": {
    title: "文档", file: "文件（.md、.html、.txt、.pdf）", titleField: "标题（可选）", upload: "上传",
    uploaded: "已上传。", chunk: "个片段", chunks: "个片段", show: "查看片段", hide: "收起片段", reprocess: "重新处理", remove: "删除",
    removed: "已删除。", none: "还没有文档。", error: "出错了：",
    "status.processing": "处理中", "status.ready": "就绪", "status.no-text": "没有可提取的文字（扫描件？）",
    "status.failed": "失败", "error.knowledge.document-index-failed": "索引失败，请重新处理"
  }
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key] ?? key;
}

/**
 * The workspace's documents: upload, the list with status and chunk count (refreshed while any is processing), the
 * chunks the bot may quote, re-process and delete. Everything from a document is rendered as text.
 */
class ParleyKnowledgeDocuments extends LitElement {
  static properties = {documents: {state: true}, open: {state: true}, chunks: {state: true}, notice: {state: true},
    busy: {state: true}};

  constructor() {
    super();
    this.documents = [];
    this.open = null;
    this.chunks = [];
    this.notice = "";
    this.busy = false;
    this.timer = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  async load() {
    try {
      this.documents = (await api("GET", "/api/v1/knowledge/documents")).items;
    } catch (error) {
      this.notice = say("error") + error.message;
    }
    clearTimeout(this.timer);
    if (this.isConnected && this.documents.some((d) => d.status === "processing")) {
      this.timer = setTimeout(() => this.load(), 1500);
    }
  }

  async run(action, done) {
    this.busy = true;
    try {
      await action();
      this.notice = done;
      await this.load();
    } catch (error) {
      this.notice = say("error") + error.message;
    } finally {
      this.busy = false;
    }
  }

  send(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    if (!data.get("title")) data.delete("title");
    this.run(async () => {
      await uploadForm("/api/v1/knowledge/documents", data);
      form.reset();
    }, say("uploaded"));
  }

  async toggle(document) {
    if (this.open === document.id) {
      this.open = null;
      return;
    }
    try {
      this.chunks = (await api("GET", `/api/v1/knowledge/documents/${document.id}/chunks`)).items;
      this.open = document.id;
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  status(document) {
    const text = say("status." + document.status);
    return document.error ? `${text}: ${say("error." + document.error)}` : text;
  }

  render() {
    return html`
      <h2>${say("title")}</h2>
      <p class="doc-notice" role="status">${this.notice}</p>
      <form class="upload" @submit=${this.send}>
        <label>${say("file")} <input type="file" name="file" required
          accept=".md,.markdown,.html,.htm,.txt,.text,.pdf"></label>
        <input name="title" maxlength="200" placeholder=${say("titleField")}>
        <button type="submit" ?disabled=${this.busy}>${say("upload")}</button>
      </form>
      ${this.documents.length === 0 ? html`<p class="none">${say("none")}</p>` : html`
        <table class="documents">
          ${this.documents.map((d) => html`
            <tr class=${"doc " + d.status}>
              <td class="title">${d.title}<div class="file">${d.fileName}</div></td>
              <td class="status">${this.status(d)}</td>
              <td class="count">${d.chunks} ${say(d.chunks === 1 ? "chunk" : "chunks")}</td>
              <td class="actions">
                <button class="show" @click=${() => this.toggle(d)}>${this.open === d.id ? say("hide") : say("show")}</button>
                <button class="reprocess" @click=${() => this.run(() =>
                  api("POST", `/api/v1/knowledge/documents/${d.id}/reprocess`), "")}>${say("reprocess")}</button>
                <button class="delete" @click=${() => this.run(() =>
                  api("DELETE", `/api/v1/knowledge/documents/${d.id}`), say("removed"))}>${say("remove")}</button>
              </td>
            </tr>
            ${this.open === d.id ? html`<tr class="chunks"><td colspan="4"><ol>
              ${this.chunks.map((c) => html`<li><div class="headings">${c.headings.join(" › ")}</div>
                <div class="text">${c.text}</div></li>`)}</ol></td></tr>` : ""}`)}
        </table>`}`;
  }

  static styles = css`
    :host { display: block; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    form { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 8px; }
    input, button { font: inherit; padding: 4px 8px; }
    table { border-collapse: collapse; width: 100%; }
    td { padding: 4px 10px 4px 0; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
    .file, .headings, .none { color: #6b7280; font-size: 12px; }
    .failed .status, .no-text .status { color: #b91c1c; }
    .processing .status { color: #92400e; }
    .text { white-space: pre-wrap; margin-bottom: 6px; }
    .actions button { margin-right: 4px; }
    .doc-notice { min-height: 1em; color: #1e40af; margin: 0 0 8px; }
  `;
}

customElements.define("parley-knowledge-documents", ParleyKnowledgeDocuments);
