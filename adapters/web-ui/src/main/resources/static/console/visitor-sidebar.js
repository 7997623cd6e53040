import {LitElement, html, css} from "lit";
import {ifDefined} from "lit/directives/if-defined.js";
import {t} from "./i18n.js";
import {browserAndSystem, dateTime, safeHref} from "./text.js";
import "./visitor-history.js";
import "./visitor-vip.js";
import "./conversation-tags.js";

/** Who the visitor is and where they are (GET /api/v1/conversations/{id}/visitor), the tags, earlier conversations. */
class ParleyVisitorSidebar extends LitElement {
  static properties = {visitor: {attribute: false}, conversation: {attribute: false}};

  render() {
    const v = this.visitor;
    const c = this.conversation;
    if (!c) return "";
    return html`<dl>
        <dt>${t("sidebar.name")}</dt><dd class="name">${v?.name || "—"}</dd>
        <dt>${t("sidebar.email")}</dt><dd class="email">${v?.email || "—"}</dd>
        <dt>${t("sidebar.firstSeen")}</dt><dd>${v ? dateTime(v.firstSeenAt) : "—"}</dd>
        <dt>${t("sidebar.page")}</dt><dd class="page-title">${v?.page?.title || "—"}</dd>
        <dd class="page-url">${v?.page?.url ? html`<a href=${ifDefined(safeHref(v.page.url))}
            target="_blank" rel="noopener noreferrer nofollow">${v.page.url}</a>` : ""}</dd>
        <dt>${t("sidebar.referrer")}</dt><dd class="referrer">${v?.page?.referrer || "—"}</dd>
        <dt>${t("sidebar.browser")}</dt><dd class="browser">${browserAndSystem(v?.page?.userAgent) || "—"}</dd>
        <dt>${t("sidebar.id")}</dt><dd class="id">${c.visitorId}</dd>
      </dl>
      <parley-visitor-vip visitor-id=${c.visitorId} .vip=${v?.vip === true}></parley-visitor-vip>
      <parley-conversation-tags conversation-id=${c.id}></parley-conversation-tags>
      <parley-visitor-history visitor-id=${c.visitorId} .current=${c.id}></parley-visitor-history>`;
  }

  static styles = css`
    :host { display: block; padding: 12px; font-size: 13px; overflow-y: auto; }
    dl { margin: 0; }
    dt { color: #6b7280; font-size: 12px; margin-top: 8px; }
    dd { margin: 0; word-break: break-all; }
  `;
}

customElements.define("parley-visitor-sidebar", ParleyVisitorSidebar);
