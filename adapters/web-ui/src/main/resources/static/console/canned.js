import {api} from "./api.js";
import {t} from "./i18n.js";

// Canned replies, inserted by typing "/" in the composer: the workspace's shared ones and the agent's personal ones,
// from GET /api/v1/canned-replies. Three built-in ones (greeting, thanks, bye) follow the console's language and
// stay offered until a stored reply takes their shortcut. Replies once kept in this browser ("parley.canned") are
// moved to the server as personal ones on the first load.
const BUILT_IN = ["greeting", "thanks", "bye"];
const LEGACY = "parley.canned";
const ORDER = {PERSONAL: 0, SHARED: 1, BUILT_IN: 2};
const listeners = new Set();
let stored = [];
let loading = null;
let moved = null;
let generation = 0;

/** Loads (or reloads) the replies; every listener hears about the result. */
export function loadCannedReplies() {
  const mine = ++generation;
  loading = (async () => {
    await (moved ??= moveLegacyReplies());
    let items = [];  // without them the built-in ones still work
    try {
      items = (await api("GET", "/api/v1/canned-replies")).items;
    } catch { /* see above */ }
    if (mine !== generation) return;  // a later load answers
    stored = items;
    listeners.forEach((listener) => listener());
  })();
  return loading;
}

export function onCannedReplies(listener) {
  listeners.add(listener);
  if (!loading) loadCannedReplies();
  return () => listeners.delete(listener);
}

/** The replies stored on the server that this agent sees, as GET /api/v1/canned-replies answers them. */
export function storedCannedReplies() {
  return stored;
}

/** Everything the agent can insert: {shortcut, text, scope: SHARED | PERSONAL | BUILT_IN, ...}. */
export function cannedReplies() {
  const taken = new Set(stored.map((c) => c.shortcut));
  return [...stored, ...BUILT_IN.filter((shortcut) => !taken.has(shortcut))
    .map((shortcut) => ({shortcut, text: t("canned." + shortcut), scope: "BUILT_IN"}))];
}

/** The replies for what follows "/": shortcuts starting with it first, then containing it, then texts containing it. */
export function matchCannedReplies(query, limit = 6) {
  const q = query.toLowerCase();
  const rank = (c) => (c.shortcut.startsWith(q) ? 0 : c.shortcut.includes(q) ? 1 : 2);
  return cannedReplies().filter((c) => c.shortcut.includes(q) || c.text.toLowerCase().includes(q))
    .sort((a, b) => rank(a) - rank(b) || ORDER[a.scope] - ORDER[b.scope] || a.shortcut.localeCompare(b.shortcut))
    .slice(0, limit);
}

async function moveLegacyReplies() {
  let legacy;
  try {
    legacy = JSON.parse(localStorage.getItem(LEGACY) || "null");
  } catch {
    legacy = [];
  }
  if (!Array.isArray(legacy)) return localStorage.removeItem(LEGACY);
  const kept = [];
  for (const c of legacy.filter((c) => c && c.shortcut && c.text)) {
    try {
      await api("POST", "/api/v1/canned-replies", {scope: "PERSONAL",
        shortcut: String(c.shortcut).trim().replace(/\s+/g, "-"), text: String(c.text)});
    } catch (error) {
      // refused ones (taken or invalid) would be refused again; keep only those the network lost
      if (!(error.status >= 400 && error.status < 500)) kept.push(c);
    }
  }
  if (kept.length) localStorage.setItem(LEGACY, JSON.stringify(kept));
  else localStorage.removeItem(LEGACY);
}
