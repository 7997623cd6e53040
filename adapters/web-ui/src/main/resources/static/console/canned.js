import {t} from "./i18n.js";

// Canned replies, inserted by typing "/" in the composer. The built-in ones follow the console's language;
// an agent's own ones are kept in this browser under "parley.canned" as [{shortcut, text}].
const BUILT_IN = ["greeting", "thanks", "bye"];

export function cannedReplies() {
  let personal = [];
  try {
    personal = JSON.parse(localStorage.getItem("parley.canned") || "[]").filter((c) => c && c.shortcut && c.text);
  } catch { /* ignore a damaged entry */ }
  return [...personal, ...BUILT_IN.map((shortcut) => ({shortcut, text: t("canned." + shortcut)}))];
}
