import {LitElement, html, css} from "lit";
import {t} from "./i18n.js";
import "./api-inboxes.js";
import "./platform-inboxes.js";
import "./webhooks.js";

/**
 * Integrations, for admins: how the company's own systems and messaging platforms talk to Parley. API inboxes and
 * their keys, and inboxes of WeChat, DingTalk and Feishu, bring conversations in; webhooks send the workspace's events
 * out.
 */
class ParleyIntegrations extends LitElement {
  render() {
    return html`<h1>${t("integrations.title")}</h1>
      <p class="hint">${t("integrations.hint")}</p>
      <parley-api-inboxes></parley-api-inboxes>
      <parley-platform-inboxes></parley-platform-inboxes>
      <parley-webhooks></parley-webhooks>`;
  }

  static styles = css`
    :host { display: block; overflow-y: auto; padding: 16px 24px; background: #fff; }
    h1 { font-size: 18px; margin: 0 0 4px; }
    .hint { margin: 0 0 16px; color: #4b5563; max-width: 640px; }
  `;
}

customElements.define("parley-integrations", ParleyIntegrations);
