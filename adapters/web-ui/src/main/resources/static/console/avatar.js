import {html} from "lit";

// Only pictures this server stores are shown: a path under /api/v1/avatars/ named by the picture's SHA-256.
const AVATAR = /^\/api\/v1\/avatars\/[0-9a-f]{64}$/;

/** Up to two letters standing for a name: the first of two words, or its first character (Chinese names). */
export function initials(name) {
  const words = (name || "").trim().split(/\s+/).filter(Boolean);
  if (!words.length) return "?";
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters.map((word) => Array.from(word)[0]).join("").toUpperCase();
}

/**
 * The agent's picture, or their initials when they have none (or it cannot be loaded). Text stays text. The
 * component showing it styles .avatar (sizes by CSS: the console's policy allows no inline styles).
 */
export function avatar(name, url, size = 28) {
  if (url && AVATAR.test(url)) {
    return html`<img class="avatar" src=${url} alt="" width=${size} height=${size}
      @error=${(e) => e.target.replaceWith(Object.assign(document.createElement("span"),
        {className: "avatar initials", textContent: initials(name)}))}>`;
  }
  return html`<span class="avatar initials">${initials(name)}</span>`;
}
