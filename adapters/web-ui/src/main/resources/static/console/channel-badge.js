import {html, css} from "lit";
import {t} from "./i18n.js";

/** The channel a conversation came through (Web, API, WeChat, …), as a small badge; nothing when it is not known. */
export function channelBadge(channel) {
  return channel ? html`<span class="channel" data-channel=${channel}>${t("channel." + channel)}</span>` : "";
}

export const channelBadgeStyles = css`
  .channel { display: inline-block; font-size: 11px; line-height: 16px; padding: 0 6px; margin-right: 6px;
    border-radius: 8px; background: #e0e7ff; color: #3730a3; font-weight: 600; vertical-align: 1px; }
  .channel[data-channel=API] { background: #fef3c7; color: #92400e; }
  .channel[data-channel=WECHAT] { background: #dcfce7; color: #166534; }
`;
