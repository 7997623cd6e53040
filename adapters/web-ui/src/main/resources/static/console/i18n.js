// Every text the console shows, in both languages. The choice is kept in this browser.
const BUNDLES = {
  en: {
    "app.title": "Parley", "login.title": "Sign in to Parley", "login.email": "Email", "login.password": "Password",
    "login.submit": "Sign in", "login.failed": "Wrong email or password.", "logout": "Sign out",
    "view.mine": "Mine", "view.unassigned": "Unassigned", "view.open": "All open", "view.resolved": "Resolved",
    "list.empty": "No conversations here.", "visitor": "Visitor",
    "status.BOT": "Bot", "status.WAITING": "Waiting", "status.ASSIGNED": "Assigned", "status.RESOLVED": "Resolved",
    "pane.empty": "Choose a conversation.", "pane.earlier": "Load earlier messages",
    "action.claim": "Claim", "action.assign": "Assign to…", "action.resolve": "Resolve", "action.reopen": "Reopen",
    "composer.reply": "Reply", "composer.note": "Internal note", "composer.placeholder": "Write a reply… (/ for canned replies)",
    "composer.notePlaceholder": "Write an internal note — the visitor never sees it", "composer.send": "Send",
    "note.label": "Internal note", "author.visitor": "Visitor", "author.agent": "Agent", "author.bot": "Bot",
    "author.system": "System", "author.you": "You", "typing": "Visitor is typing…", "seen": "Seen",
    "connection.lost": "Connection lost — reconnecting…", "presence.ONLINE": "Online", "presence.AWAY": "Away",
    "canned.none": "No canned reply matches.", "error.generic": "That did not work: ",
    "notify.message": "New message", "closed": "This conversation is resolved. Reopen it to reply.",
    "canned.greeting": "Hello! Thanks for reaching out — how can I help?",
    "canned.thanks": "Thank you for your patience, I am looking into it now.",
    "canned.bye": "Glad I could help. Have a great day!"
  },
  "zh-CN": {
    "app.title": "Parley", "login.title": "登录 Parley", "login.email": "邮箱", "login.password": "密码",
    "login.submit": "登录", "login.failed": "邮箱或密码错误。", "logout": "退出登录",
    "view.mine": "我的", "view.unassigned": "未分配", "view.open": "全部进行中", "view.resolved": "已解决",
    "list.empty": "这里没有会话。", "visitor": "访客",
    "status.BOT": "机器人", "status.WAITING": "等待中", "status.ASSIGNED": "已分配", "status.RESOLVED": "已解决",
    "pane.empty": "请选择一个会话。", "pane.earlier": "加载更早的消息",
    "action.claim": "接入", "action.assign": "分配给…", "action.resolve": "解决", "action.reopen": "重新打开",
    "composer.reply": "回复", "composer.note": "内部备注", "composer.placeholder": "输入回复…（输入 / 使用快捷回复）",
    "composer.notePlaceholder": "输入内部备注——访客永远看不到", "composer.send": "发送",
    "note.label": "内部备注", "author.visitor": "访客", "author.agent": "客服", "author.bot": "机器人",
    "author.system": "系统", "author.you": "我", "typing": "访客正在输入…", "seen": "已读",
    "connection.lost": "连接已断开，正在重新连接…", "presence.ONLINE": "在线", "presence.AWAY": "离开",
    "canned.none": "没有匹配的快捷回复。", "error.generic": "操作失败：",
    "notify.message": "新消息", "closed": "此会话已解决。重新打开后才能回复。",
    "canned.greeting": "您好！感谢您的咨询，请问有什么可以帮您？",
    "canned.thanks": "感谢您的耐心等待，我正在为您处理。",
    "canned.bye": "很高兴能帮到您，祝您生活愉快！"
  }
};

export const LANGUAGES = [["en", "English"], ["zh-CN", "中文"]];
const listeners = new Set();
let current = localStorage.getItem("parley.lang") || (/^zh/i.test(navigator.language) ? "zh-CN" : "en");
if (!BUNDLES[current]) current = "en";
document.documentElement.lang = current;

export function t(key) {
  return BUNDLES[current][key] ?? BUNDLES.en[key] ?? key;
}
export function language() {
  return current;
}
export function setLanguage(lang) {
  if (!BUNDLES[lang]) return;
  current = lang;
  localStorage.setItem("parley.lang", lang);
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener(lang));
}
export function onLanguage(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
