import {html, css} from "lit";
import {api} from "./api.js";
import {t} from "./i18n.js";
import {number, time} from "./text.js";

const PENDING = new Set(["QUEUED", "RETRYING"]);
const EVERY = 2000;
// several replies arriving at once (a catch-up after reconnecting) ask once
const SETTLE = 200;

/**
 * How the replies of one conversation went out through its channel (an API inbox's callback URL today), for its pane,
 * as a Lit reactive controller. It asks when the conversation is opened and when a reply is added, then every two
 * seconds while a reply is still on its way, and stops when none is or the pane closes. A web-widget conversation is
 * never asked about: the widget shows its replies itself.
 */
export class Deliveries {
  constructor(host) {
    this.host = host;
    this.byMessage = new Map();
    this.retrying = new Set();
    this.conversationId = null;
    this.runs = 0;
    host.addController(this);
  }

  hostConnected() {
    if (this.conversationId) this.refresh();
  }

  hostDisconnected() {
    this.stop();
  }

  /** Follows this conversation from now on (null or a web-widget one: none). */
  follow(conversation) {
    this.stop();
    this.byMessage = new Map();
    this.conversationId = conversation && conversation.channel !== "WEB_WIDGET" ? conversation.id : null;
    this.refresh();
  }

  /** A reply was added: its delivery is asked for shortly. */
  replied() {
    if (!this.conversationId) return;
    clearTimeout(this.settling);
    this.settling = setTimeout(() => this.refresh(), SETTLE);
  }

  stop() {
    clearTimeout(this.timer);
    clearTimeout(this.settling);
    this.runs++;
  }

  async refresh() {
    const id = this.conversationId;
    if (!id || !this.host.isConnected) return;
    clearTimeout(this.timer);
    const run = ++this.runs;
    try {
      const items = (await api("GET", `/api/v1/conversations/${encodeURIComponent(id)}/deliveries`)).items;
      if (run !== this.runs) return;
      this.byMessage = new Map(items.map((delivery) => [delivery.messageId, delivery]));
      this.host.requestUpdate();
    } catch {
      if (run !== this.runs) return;
      // a failed look keeps what was shown; it is tried again below while something was on its way
    }
    if ([...this.byMessage.values()].some((delivery) => PENDING.has(delivery.state))) {
      this.timer = setTimeout(() => this.refresh(), EVERY);
    }
  }

  /** Tries a failed reply again; a refusal is thrown for the pane to show. */
  async retry(delivery) {
    const id = this.conversationId;
    this.retrying.add(delivery.messageId);
    this.host.requestUpdate();
    try {
      const again = await api("POST", `/api/v1/conversations/${encodeURIComponent(id)}/deliveries/`
        + `${encodeURIComponent(delivery.messageId)}/retry`, {});
      if (id === this.conversationId) this.byMessage = new Map(this.byMessage).set(again.messageId, again);
    } finally {
      this.retrying.delete(delivery.messageId);
      this.host.requestUpdate();
      this.refresh();
    }
  }

  /** The mark beside a reply, or nothing when it has no delivery. */
  mark(messageId, retry) {
    const delivery = messageId ? this.byMessage.get(messageId) : null;
    if (!delivery) return "";
    return html`<span class="delivery" data-state=${delivery.state}>${describe(delivery)}${delivery.state === "FAILED"
      ? html` <button class="retry-delivery" ?disabled=${this.retrying.has(delivery.messageId)}
          @click=${() => retry(delivery)}>${t("delivery.retry")}</button>` : ""}</span>`;
  }
}

// the channel's reason is text from another system: it goes in as a Lit value, never as markup
function describe(delivery) {
  const fill = (key, values) => t(key).replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
  switch (delivery.state) {
    case "RETRYING":
      return delivery.nextAttemptAt
        ? fill("delivery.RETRYING", {n: number(delivery.attempts), time: time(delivery.nextAttemptAt)})
        : fill("delivery.RETRYING.soon", {n: number(delivery.attempts)});
    case "FAILED":
      return fill("delivery.FAILED", {reason: delivery.reason || t("delivery.noReason")});
    default:
      return t("delivery." + delivery.state);
  }
}

export const deliveryStyles = css`
  .delivery { display: block; margin-top: 4px; font-size: 11px; color: #6b7280; text-align: right;
    white-space: pre-wrap; word-wrap: break-word; }
  .delivery[data-state=SENT] { color: #166534; }
  .delivery[data-state=RETRYING] { color: #92400e; }
  .delivery[data-state=FAILED] { color: #b91c1c; }
  .retry-delivery { font: inherit; font-size: 11px; padding: 0 6px; margin-left: 4px; cursor: pointer; }
`;
