import {LitElement, html, css} from "lit";
import {t} from "./i18n.js";
import {matchCannedReplies, onCannedReplies} from "./canned.js";

const EMOJI = ["😀", "🙂", "😉", "😊", "🙏", "👍", "👋", "🎉", "❤️", "🤔", "😅", "✅"];

// What an agent has started to write, per conversation: it survives switching and closing conversations in this page.
const drafts = new Map();

/** Forgets every draft, when the agent signs out. */
export function forgetDrafts() {
  drafts.clear();
}

/**
 * The composer of one conversation: reply or internal note, "/" for canned replies (↑/↓ choose, Enter or a click
 * inserts), emoji. It keeps the draft of its conversation and asks its pane to send with a "parley-send" event.
 */
class ParleyComposer extends LitElement {
  static properties = {
    conversationId: {attribute: false}, live: {attribute: false},
    mode: {state: true}, draft: {state: true}, emojiOpen: {state: true}, choice: {state: true}
  };

  constructor() {
    super();
    this.mode = "TEXT";
    this.draft = "";
    this.choice = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onCannedReplies(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  willUpdate(changed) {
    if (changed.has("conversationId")) {
      const saved = drafts.get(this.conversationId) || {text: "", mode: "TEXT"};
      this.draft = saved.text;
      this.mode = saved.mode;
    }
  }

  keep(text, mode = this.mode) {
    this.draft = text;
    this.mode = mode;
    if (text) drafts.set(this.conversationId, {text, mode});
    else drafts.delete(this.conversationId);
  }

  input(event) {
    this.keep(event.target.value);
    this.choice = 0;
    // a note is private: announcing typing would tell the visitor someone is writing
    if (this.mode === "TEXT" && Date.now() - (this.typedAt || 0) > 3000) {
      this.typedAt = Date.now();
      this.live?.send({typing: {conversationId: this.conversationId, typing: true}});
    }
  }

  matches() {
    return this.draft.startsWith("/") ? matchCannedReplies(this.draft.slice(1)) : [];
  }

  keydown(event) {
    const matches = this.matches();
    if (this.draft.startsWith("/") && matches.length && ["ArrowDown", "ArrowUp"].includes(event.key) && !event.altKey) {
      event.preventDefault();
      this.choice = (this.choice + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      return;
    }
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (this.draft.startsWith("/")) {
      if (matches.length) this.pick(matches[Math.min(this.choice, matches.length - 1)]);
      return;
    }
    this.send();
  }

  pick(reply) {
    this.keep(reply.text);
    this.choice = 0;
    this.focusText();
  }

  send() {
    const body = this.draft.trim();
    if (!body) return;
    this.dispatchEvent(new CustomEvent("parley-send", {detail: {body, kind: this.mode}}));
    this.keep("");
    if (this.mode === "TEXT") this.live?.send({typing: {conversationId: this.conversationId, typing: false}});
  }

  /** Puts text in at the cursor (an emoji, a suggested answer). */
  insert(text) {
    const area = this.renderRoot.querySelector("textarea");
    const at = area?.selectionStart ?? this.draft.length;
    const before = this.draft.slice(0, at);
    const glue = text.length > 2 && before && !/\s$/.test(before) ? " " : "";
    this.keep(before + glue + text + this.draft.slice(at));
    this.emojiOpen = false;
    this.focusText();
  }

  focusText() {
    this.updateComplete.then(() => this.renderRoot.querySelector("textarea")?.focus());
  }

  label(scope) {
    return scope === "SHARED" ? html`<span class="scope shared">${t("canned.shared")}</span>`
      : scope === "BUILT_IN" ? html`<span class="scope">${t("canned.builtIn")}</span>` : "";
  }

  render() {
    const matches = this.matches();
    return html`<div class="composer ${this.mode === "NOTE" ? "note" : ""}">
      <div class="modes">
        <button class="mode-reply ${this.mode === "TEXT" ? "active" : ""}" @click=${() => this.keep(this.draft, "TEXT")}>${t("composer.reply")}</button>
        <button class="mode-note ${this.mode === "NOTE" ? "active" : ""}" @click=${() => this.keep(this.draft, "NOTE")}>${t("composer.note")}</button>
      </div>
      ${this.draft.startsWith("/") ? html`<ul class="canned" role="listbox" aria-label=${t("canned.title")}>
        ${matches.length ? matches.map((m, i) => html`<li><button role="option" aria-selected=${i === this.choice}
            class="${i === this.choice ? "chosen" : ""} ${m.scope.toLowerCase()}" @click=${() => this.pick(m)}>
            <b>/${m.shortcut}</b>${this.label(m.scope)} <span class="text">${m.text}</span></button></li>`)
          : html`<li class="none">${t("canned.none")}</li>`}</ul>` : ""}
      <div class="emoji" ?hidden=${!this.emojiOpen}>${EMOJI.map((e) => html`<button @click=${() => this.insert(e)}>${e}</button>`)}</div>
      <textarea .value=${this.draft} @input=${this.input} @keydown=${this.keydown} aria-label=${t("composer.reply")}
          placeholder=${this.mode === "NOTE" ? t("composer.notePlaceholder") : t("composer.placeholder")}></textarea>
      <div class="buttons">
        <button class="emoji-toggle" aria-label="Emoji" @click=${() => (this.emojiOpen = !this.emojiOpen)}>☺</button>
        <button class="send" @click=${this.send}>${t("composer.send")}</button>
      </div>
    </div>`;
  }

  static styles = css`
    :host { display: block; }
    button, textarea { font: inherit; }
    .composer { border-top: 1px solid #e5e7eb; padding: 8px 14px; display: grid; grid-template-columns: 1fr auto; gap: 6px; }
    .composer.note { background: #fffbeb; }
    .modes { grid-column: 1 / 3; display: flex; gap: 4px; }
    .modes button { border: 0; background: none; padding: 2px 8px; border-bottom: 2px solid transparent; cursor: pointer; }
    .modes button.active { border-bottom-color: #1d4ed8; font-weight: 600; }
    .composer.note .mode-note.active { border-bottom-color: #d97706; }
    textarea { min-height: 60px; resize: vertical; padding: 8px; border: 1px solid #d1d5db; border-radius: 6px; }
    .buttons { display: flex; flex-direction: column; gap: 4px; }
    .emoji-toggle { border: 1px solid #d1d5db; background: #fff; border-radius: 6px; cursor: pointer; }
    .emoji { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 2px; }
    .emoji[hidden] { display: none; }
    .emoji button { border: 0; background: none; font-size: 18px; cursor: pointer; padding: 2px 4px; }
    .send { flex: 1; background: #1e40af; color: #fff; border: 0; border-radius: 6px; padding: 0 18px; cursor: pointer; }
    .canned { grid-column: 1 / 3; list-style: none; margin: 0; padding: 4px; border: 1px solid #d1d5db; border-radius: 6px;
      background: #fff; max-height: 220px; overflow-y: auto; }
    .canned button { width: 100%; text-align: left; border: 0; background: none; padding: 4px 6px; cursor: pointer;
      display: flex; gap: 6px; align-items: baseline; }
    .canned button:hover, .canned button.chosen { background: #eff6ff; }
    .canned .text { color: #374151; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
    .scope { font-size: 11px; border-radius: 8px; padding: 0 6px; background: #f3f4f6; color: #4b5563; flex: none; }
    .scope.shared { background: #dcfce7; color: #166534; }
    .none { color: #6b7280; padding: 4px 6px; }
  `;
}

customElements.define("parley-composer", ParleyComposer);
