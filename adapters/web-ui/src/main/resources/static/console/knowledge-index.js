import {LitElement, html, css} from "lit";
import {api, session} from "./api.js";
import {dateTime} from "./text.js";
import {language, onLanguage} from "./i18n.js";

const TEXT = {
  en: {
    title: "Search index", models: "Model", entries: "entries and document passages embedded",
    failed: "failed, tried again later",
    started: "Started", finished: "Finished", lastError: "Last error", rebuild: "Re-index all",
    "state.INDEXING": "Indexing…", "state.RETRYING": "Waiting for the embedding service — retrying",
    "state.COMPLETE": "Up to date", error: "Something went wrong: "
  },
  "zh-CN": {
    title: "检索索引", models: "模型", entries: "项（条目与文档片段）已向量化", failed: "条失败，稍后重试", started: "开始时间",
    finished: "完成时间", lastError: "最近错误", rebuild: "全部重新索引", "state.INDEXING": "正在索引…",
    "state.RETRYING": "嵌入服务暂不可用，正在重试", "state.COMPLETE": "已是最新", error: "出错了："
  }
};

function say(key) {
  return (TEXT[language()] || TEXT.en)[key] ?? TEXT.en[key] ?? key;
}

const FAST = 1000;   // while a run is under way
const SLOW = 3000;   // otherwise: a new entry, a failure or another node's run still shows within seconds

/** The workspace's search index, polled while the page is open: models, progress, failures; admins re-index. */
class ParleyKnowledgeIndex extends LitElement {
  static properties = {status: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.status = null;
    this.notice = "";
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onLanguage(() => this.requestUpdate());
    this.poll();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
    clearTimeout(this.timer);
  }

  async poll() {
    clearTimeout(this.timer);
    try {
      this.status = await api("GET", "/api/v1/knowledge/index");
      this.notice = "";
    } catch (error) {
      this.notice = say("error") + error.message;
    }
    if (this.isConnected) {
      this.timer = setTimeout(() => this.poll(), this.status?.state === "COMPLETE" ? SLOW : FAST);
    }
  }

  async rebuild() {
    try {
      this.status = await api("POST", "/api/v1/knowledge/index/rebuild");
      this.poll();
    } catch (error) {
      this.notice = say("error") + error.message;
    }
  }

  render() {
    const s = this.status;
    const admin = session()?.agent?.role === "ADMIN";
    return html`
      <h3>${say("title")}</h3>
      ${s ? html`
        <p class="state ${s.state.toLowerCase()}">${say("state." + s.state)}</p>
        <progress max=${Math.max(s.total, 1)} .value=${s.total ? s.done : 1}></progress>
        <p class="counts"><span class="done">${s.done} / ${s.total}</span> ${say("entries")}${s.failed
          ? html` · <span class="failed">${s.failed}</span> ${say("failed")}` : ""}</p>
        <dl>
          <dt>${say("models")}</dt><dd class="models">${s.models}</dd>
          ${s.startedAt ? html`<dt>${say("started")}</dt><dd class="started">${dateTime(s.startedAt)}</dd>` : ""}
          ${s.finishedAt ? html`<dt>${say("finished")}</dt><dd class="finished">${dateTime(s.finishedAt)}</dd>` : ""}
          ${s.lastError && s.state !== "COMPLETE" ? html`<dt>${say("lastError")}</dt><dd class="last-error">${s.lastError}</dd>` : ""}
        </dl>` : ""}
      ${admin ? html`<button class="rebuild" @click=${this.rebuild} ?disabled=${s && s.state === "INDEXING"}>
        ${say("rebuild")}</button>` : ""}
      <p class="ki-notice" role="status">${this.notice}</p>`;
  }

  static styles = css`
    :host { display: block; margin-bottom: 16px; padding: 8px 12px; border: 1px solid #e5e7eb; border-radius: 6px; }
    h3 { font-size: 14px; margin: 0 0 6px; }
    p { margin: 4px 0; }
    progress { width: 100%; max-width: 420px; }
    .state.retrying, .failed, .last-error { color: #b45309; }
    .state.complete { color: #166534; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
    dt { color: #6b7280; }
    dd { margin: 0; }
    button { font: inherit; padding: 4px 8px; }
    .ki-notice { min-height: 1em; color: #b91c1c; }
  `;
}

customElements.define("parley-knowledge-index", ParleyKnowledgeIndex);
