import {LitElement, html, css} from "lit";
import {repeat} from "lit/directives/repeat.js";
import {t} from "./i18n.js";
import {visitorName} from "./visitor-name.js";
import {number} from "./text.js";
import "./conversation.js";

const MAX_OPEN = 8;
const OPEN = "parley.open";          // sessionStorage: the open conversations survive a reload of this tab
const SPLIT = "parley.split";        // localStorage: whether this agent likes two panes side by side
const WIDE = window.matchMedia("(min-width: 1200px)");

/**
 * The conversations an agent has open: a tab for each above the panes, one pane shown, or two side by side
 * ("split") on wide screens. Every open conversation keeps its own pane, so its draft, scroll position and live
 * messages stay while another is shown; a tab counts the messages that arrived while its pane was not on screen.
 * Keyboard: Alt+1…9 shows the n-th, Alt+] / Alt+[ the next / previous, Alt+W closes the focused one.
 */
class ParleyDesk extends LitElement {
  static properties = {
    live: {attribute: false}, agent: {attribute: false}, hidden: {type: Boolean, reflect: true},
    opened: {state: true}, focused: {state: true}, split: {state: true}, shown: {state: true},
    unread: {state: true}, titles: {state: true}, wide: {state: true}
  };

  constructor() {
    super();
    let saved = {};
    try {
      saved = JSON.parse(sessionStorage.getItem(OPEN) || "{}");
    } catch { /* start empty */ }
    this.opened = Array.isArray(saved.opened) ? saved.opened.slice(0, MAX_OPEN) : [];
    this.focused = this.opened.includes(saved.focused) ? saved.focused : this.opened[0] ?? null;
    this.shown = this.focused ? [this.focused] : [];
    this.split = localStorage.getItem(SPLIT) === "true";
    this.wide = WIDE.matches;
    this.unread = new Map();
    this.titles = new Map();
    this.used = [...this.opened];   // least recently focused first
    this.onKey = (event) => this.key(event);
    this.onWidth = (event) => (this.wide = event.matches);
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener("keydown", this.onKey);
    WIDE.addEventListener("change", this.onWidth);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("keydown", this.onKey);
    WIDE.removeEventListener("change", this.onWidth);
  }

  updated(changed) {
    if (changed.has("live") && this.live) {
      this.live.addEventListener("message", (e) => this.arrived(e.detail));
    }
    if (changed.has("hidden") && !this.hidden) this.read();
    if (changed.has("opened") || changed.has("focused")) {
      sessionStorage.setItem(OPEN, JSON.stringify({opened: this.opened, focused: this.focused}));
      this.dispatchEvent(new CustomEvent("parley-focus", {detail: this.focused}));
    }
  }

  /** Which panes are on screen: the focused one, and in split view the one focused before it. */
  visible(id) {
    return !this.hidden && (this.splitting() ? this.shown.includes(id) : id === this.focused);
  }

  splitting() {
    return this.split && this.wide && this.opened.length > 1;
  }

  arrived(frame) {
    const m = frame.message;
    if (frame.replay || !this.opened.includes(m.conversationId) || this.visible(m.conversationId)) return;
    if (m.authorKind === "AUTHOR_KIND_AGENT" && m.authorId === this.agent?.id) return;
    this.unread = new Map(this.unread).set(m.conversationId, (this.unread.get(m.conversationId) || 0) + 1);
  }

  /** Opens a conversation in a new tab, or shows its tab; the longest unused tab makes room past eight. */
  open(id) {
    if (!id) return;
    if (!this.opened.includes(id)) {
      let opened = [...this.opened, id];
      if (opened.length > MAX_OPEN) {
        const spare = this.used.find((other) => other !== this.focused) ?? opened[0];
        opened = opened.filter((other) => other !== spare);
        this.used = this.used.filter((other) => other !== spare);
      }
      this.opened = opened;
    }
    this.show(id);
  }

  show(id) {
    if (!this.opened.includes(id)) return;
    if (!this.shown.includes(id)) {
      // split view: the newly shown one takes the place of the one that is not focused
      this.shown = [...this.shown.filter((other) => other === this.focused && this.opened.includes(other)), id]
        .sort((a, b) => this.opened.indexOf(a) - this.opened.indexOf(b));
    }
    this.focused = id;
    this.used = [...this.used.filter((other) => other !== id), id];
    this.read();
  }

  read() {
    const unread = new Map(this.unread);
    this.opened.filter((id) => this.visible(id)).forEach((id) => unread.delete(id));
    this.unread = unread;
  }

  close(id) {
    const at = this.opened.indexOf(id);
    this.opened = this.opened.filter((other) => other !== id);
    this.shown = this.shown.filter((other) => other !== id);
    this.used = this.used.filter((other) => other !== id);
    const unread = new Map(this.unread);
    unread.delete(id);
    this.unread = unread;
    if (this.focused === id) {
      this.focused = null;
      const next = this.opened[Math.min(at, this.opened.length - 1)];
      if (next) this.show(next);
    }
  }

  toggleSplit() {
    this.split = !this.split;
    localStorage.setItem(SPLIT, String(this.split));
    const previous = this.used.filter((id) => id !== this.focused).at(-1);
    this.shown = [this.focused, previous].filter(Boolean)
      .sort((a, b) => this.opened.indexOf(a) - this.opened.indexOf(b));
    this.read();
  }

  key(event) {
    if (!event.altKey || event.ctrlKey || event.metaKey || !this.opened.length || this.hidden) return;
    const at = this.opened.indexOf(this.focused);
    const digit = /^Digit([1-9])$/.exec(event.code);
    let target;
    if (digit) target = this.opened[Number(digit[1]) - 1];
    else if (event.code === "BracketRight") target = this.opened[(at + 1) % this.opened.length];
    else if (event.code === "BracketLeft") target = this.opened[(at - 1 + this.opened.length) % this.opened.length];
    else if (event.code === "KeyW" && this.focused) {
      event.preventDefault();
      return this.close(this.focused);
    } else return;
    event.preventDefault();
    if (target) this.show(target);
  }

  title(id) {
    const known = this.titles.get(id);
    return known ? visitorName(known.visitorId, known.name) : t("visitor");
  }

  render() {
    const splitting = this.splitting();
    return html`<div class="tabs" role="tablist" aria-label=${t("desk.open")}>
        ${this.opened.map((id, i) => html`<div class="tab ${id === this.focused ? "active" : ""}
            ${this.visible(id) ? "shown" : ""} ${this.unread.get(id) ? "unread" : ""}" data-id=${id}>
          <button class="tab-open" role="tab" aria-selected=${id === this.focused}
              title=${i < 9 ? `${this.title(id)} (Alt+${i + 1})` : this.title(id)} @click=${() => this.show(id)}>
            <span class="name">${this.title(id)}</span>
            ${this.unread.get(id) ? html`<span class="badge" aria-label=${t("desk.unread")}>${number(this.unread.get(id))}</span>` : ""}
          </button>
          <button class="tab-close" aria-label=${t("desk.close") + " " + this.title(id)} title="${t("desk.close")} (Alt+W)"
              @click=${() => this.close(id)}>×</button></div>`)}
        <span class="spacer"></span>
        ${this.wide && this.opened.length > 1 ? html`<button class="split-toggle" aria-pressed=${this.split}
            @click=${this.toggleSplit}>${this.split ? t("desk.single") : t("desk.split")}</button>` : ""}
      </div>
      <div class="panes ${splitting ? "split" : ""}">
        ${this.opened.length ? "" : html`<p class="empty">${t("pane.empty")}</p>`}
        ${repeat(this.opened, (id) => id, (id) => html`<parley-conversation data-id=${id}
            class=${id === this.focused ? "focused" : ""} ?hidden=${!this.visible(id)} .visible=${this.visible(id)}
            .conversationId=${id} .live=${this.live} .agent=${this.agent}
            @focusin=${() => id !== this.focused && this.show(id)} @pointerdown=${() => id !== this.focused && this.show(id)}
            @parley-title=${(e) => (this.titles = new Map(this.titles).set(id, e.detail))}
            @changed=${() => this.dispatchEvent(new CustomEvent("changed"))}></parley-conversation>`)}
      </div>`;
  }

  static styles = css`
    :host { display: grid; grid-template-rows: auto 1fr; min-height: 0; min-width: 0; }
    :host([hidden]) { display: none; }
    .tabs { display: flex; align-items: stretch; gap: 2px; padding: 4px 8px 0; background: #e5e7eb; overflow-x: auto; min-height: 34px; }
    .tab { display: flex; align-items: center; background: #f3f4f6; border: 1px solid #d1d5db; border-bottom: 0;
      border-radius: 6px 6px 0 0; max-width: 200px; }
    .tab.shown { background: #fff; }
    .tab.active { background: #fff; box-shadow: inset 0 2px 0 #1e40af; }
    button { font: inherit; cursor: pointer; }
    .tab-open { border: 0; background: none; padding: 5px 4px 5px 10px; display: flex; gap: 6px; align-items: center; min-width: 0; }
    .name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .tab.unread .name { font-weight: 700; }
    .badge { background: #dc2626; color: #fff; border-radius: 9px; font-size: 11px; padding: 0 6px; line-height: 17px; }
    .tab-close { border: 0; background: none; color: #6b7280; padding: 2px 8px; font-size: 16px; }
    .tab-close:hover { color: #111827; }
    .spacer { flex: 1; }
    .split-toggle { align-self: center; border: 1px solid #9ca3af; background: #fff; border-radius: 6px; padding: 2px 10px; margin-bottom: 4px; }
    .panes { display: grid; grid-template-columns: minmax(0, 1fr); min-height: 0; }
    .panes.split { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px; background: #e5e7eb; }
    .panes.split parley-conversation.focused { box-shadow: inset 0 3px 0 #1e40af; }
    parley-conversation { min-height: 0; grid-row: 1; }
    .empty { padding: 24px; color: #6b7280; background: #fff; margin: 0; }
  `;
}

customElements.define("parley-desk", ParleyDesk);
