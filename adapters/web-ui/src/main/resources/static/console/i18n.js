// Every text the console shows, in both languages. The choice is kept in this browser.
const BUNDLES = {
  en: {
    "origins.wildcard": "This workspace allows every origin (*): any website can embed your chat. Agents' consoles never accept it. Replace * with your sites' origins.",
    "origins.refused": "Pages refused lately", "origins.refusedHint": "The widget was turned away on these sites. Allow one if it is yours.",
    "origins.allow": "Allow", "origins.count": "times", "origins.last": "last", "origins.allowed": "Allowed:",
    "ws.reopenWindow": "A visitor's follow-up reopens a resolved conversation within (hours; 0: never)",
    "ws.reopenHint": "Empty: the server's default (24 hours unless changed)",
    "app.title": "Parley", "login.title": "Sign in to Parley", "login.email": "Email", "login.password": "Password",
    "login.submit": "Sign in", "login.failed": "Wrong email or password.",
    "login.disabled": "This account is disabled. Ask an administrator of your workspace to enable it.", "logout": "Sign out",
    "view.mine": "Mine", "view.unassigned": "Unassigned", "view.open": "All open", "view.resolved": "Resolved",
    "list.empty": "No conversations here.", "visitor": "Visitor",
    "status.BOT": "Bot", "status.WAITING": "Waiting", "status.ASSIGNED": "Assigned", "status.RESOLVED": "Resolved",
    "pane.empty": "Choose a conversation.", "pane.earlier": "Load earlier messages",
    "action.claim": "Claim", "action.assign": "Assign to…", "action.transfer": "Transfer", "action.transferNote": "Note for them (optional)", "action.resolve": "Resolve", "action.reopen": "Reopen",
    "action.unassign": "Unassign", "action.unassignHint": "Put the conversation back in the queue for anyone to claim",
    "problem.conversation.assign-forbidden": "This conversation belongs to another agent; ask them or a supervisor to transfer it.",
    "problem.conversation.not-assigned": "Nobody has this conversation; claim it instead.",
    "problem.conversation.unknown-assignee": "That agent is no longer enabled; choose another.",
    "composer.reply": "Reply", "composer.note": "Internal note", "composer.placeholder": "Write a reply… (/ for canned replies)",
    "composer.notePlaceholder": "Write an internal note — the visitor never sees it", "composer.send": "Send",
    "note.label": "Internal note", "author.visitor": "Visitor", "author.agent": "Agent", "author.bot": "Bot",
    "author.system": "System", "author.you": "You", "typing": "Visitor is typing…", "seen": "Seen",
    "connection.lost": "Connection lost — reconnecting…", "presence.ONLINE": "Online", "presence.AWAY": "Away",
    "presence.OFFLINE": "Offline", "presence.choose.ONLINE": "Online", "presence.choose.AWAY": "Away",
    "presence.choose.OFFLINE": "Appear offline", "team.title": "Team",
    "profile.open": "Your profile: the name and picture visitors see", "profile.title": "Your profile",
    "profile.titleOf": "Profile of", "profile.hint": "Visitors see this name and picture beside the replies.",
    "profile.name": "Display name", "profile.choose": "Choose a picture (PNG, JPEG or WebP, up to 256 KB)",
    "profile.remove": "Remove picture", "profile.tooLarge": "That picture is larger than 256 KB; choose a smaller one.",
    "profile.wrongType": "That file is not a PNG, JPEG or WebP picture.", "admin.editProfile": "Name and picture",
    "canned.none": "No canned reply matches.", "error.generic": "That did not work: ",
    "notify.message": "New message", "closed": "This conversation is resolved. Reopen it to reply.",
    "canned.greeting": "Hello! Thanks for reaching out — how can I help?",
    "canned.thanks": "Thank you for your patience, I am looking into it now.",
    "canned.bye": "Glad I could help. Have a great day!",
    "sidebar.name": "Name", "sidebar.email": "Email", "sidebar.firstSeen": "First seen", "sidebar.id": "Visitor id",
    "sidebar.page": "Current page", "sidebar.referrer": "Came from", "sidebar.browser": "Browser and system",
    "admin.open": "Settings", "admin.back": "Conversations", "admin.widget": "Chat widget",
    "admin.snippet": "Paste this line into every page that should show the chat:", "admin.copy": "Copy snippet",
    "admin.copied": "Copied.", "admin.origins": "Allowed origins (one per line, e.g. https://shop.example.com)",
    "admin.linkHosts": "Hosts the bot's answers may link to (one per line, e.g. help.example.com or *.example.com)",
    "admin.linkHostsHint": "Links to any other host, images and HTML are taken out of the bot's answers.",
    "admin.save": "Save", "admin.saved": "Saved.", "admin.agents": "Agents", "admin.disable": "Disable",
    "admin.enable": "Enable", "admin.name": "Name", "admin.add": "Add agent",
    "admin.confirmDisable": "Disable? They are signed out at once and cannot sign in until enabled.",
    "role.ADMIN": "Administrator", "role.SUPERVISOR": "Supervisor", "role.AGENT": "Agent",
    "problem.agent.last-admin": "This is the workspace's last enabled administrator. Make another agent an administrator first.",
    "ws.title": "Appearance and pre-chat form", "ws.colour": "Colour", "ws.position": "Position",
    "ws.LEFT": "Bottom left", "ws.RIGHT": "Bottom right", "ws.greetingEn": "Greeting (English)",
    "ws.greetingZh": "Greeting (Chinese)", "ws.greetingHint": "Plain text; empty uses the built-in greeting",
    "ws.showAgentName": "Show who answers: the agent's name and picture, the assistant's name",
    "ws.botName": "Assistant's name", "ws.botNameHint": "Empty uses the built-in \"Assistant\"", "ws.nameField": "Pre-chat form: name",
    "ws.emailField": "Pre-chat form: e-mail", "ws.HIDDEN": "Not asked", "ws.OPTIONAL": "Optional",
    "ws.REQUIRED": "Required", "ws.save": "Save widget settings",
    "search.placeholder": "Search name, e-mail, message or #tag", "history.title": "Previous conversations",
    "history.none": "None.", "tags.title": "Tags", "tags.add": "Add a tag and press Enter", "tags.remove": "Remove tag",
    "canned.page": "Canned replies", "canned.title": "Canned replies", "canned.shared": "Shared", "canned.builtIn": "Built-in",
    "canned.sharedTitle": "Shared canned replies", "canned.personalTitle": "My canned replies",
    "canned.sharedHint": "Every agent of the workspace can insert these by typing / and the shortcut.",
    "canned.sharedReadOnly": "Every agent can insert these; administrators and supervisors change them.",
    "canned.personalHint": "Only you see these. Type / and the shortcut in a reply to insert one.",
    "canned.shortcut": "Shortcut, e.g. refund", "canned.text": "Text of the reply", "canned.add": "Add reply",
    "canned.added": "Added.", "canned.edit": "Edit", "canned.delete": "Delete", "canned.confirmDelete": "Really delete?",
    "canned.deleted": "Deleted.", "canned.cancel": "Cancel",
    "desk.open": "Open conversations", "desk.close": "Close", "desk.unread": "new messages",
    "desk.split": "Split view", "desk.single": "Single view", "pane.new": "New messages",
    "assist.title": "Suggested answers", "entry.save": "Save as knowledge entry",
    "entry.hint": "Make this reply a knowledge entry draft, with the visitor's question before it",
    "entry.saved": "Saved as a disabled knowledge entry draft: an administrator reviews and enables it under Settings.",
    "entry.done": "Saved as entry draft",
    "shortcuts.title": "Keyboard shortcuts", "shortcuts.send": "Send the reply or note",
    "shortcuts.newLine": "New line", "shortcuts.canned": "At the start of the composer: search canned replies",
    "shortcuts.cannedChoose": "Choose a canned reply; Enter inserts it",
    "shortcuts.list": "Open the next / previous conversation of the list",
    "shortcuts.nth": "Show the 1st … 9th open conversation", "shortcuts.cycle": "Show the next / previous open conversation",
    "shortcuts.close": "Close the conversation shown", "shortcuts.done": "Close"
  },
  "zh-CN": {
    "origins.wildcard": "此工作区允许所有来源（*）：任何网站都能嵌入您的在线咨询。客服控制台从不接受 *。请把 * 换成您网站的来源。",
    "origins.refused": "最近被拒绝的页面", "origins.refusedHint": "这些网站上的聊天组件被拒绝了。如果是您的网站，可以允许它。",
    "origins.allow": "允许", "origins.count": "次", "origins.last": "最近", "origins.allowed": "已允许：",
    "ws.reopenWindow": "会话解决后多少小时内访客再次留言会重新打开原会话（0：从不）",
    "ws.reopenHint": "留空：使用服务器默认值（未修改时为 24 小时）",
    "app.title": "Parley", "login.title": "登录 Parley", "login.email": "邮箱", "login.password": "密码",
    "login.submit": "登录", "login.failed": "邮箱或密码错误。",
    "login.disabled": "此账号已被停用，请联系工作区管理员启用。", "logout": "退出登录",
    "view.mine": "我的", "view.unassigned": "未分配", "view.open": "全部进行中", "view.resolved": "已解决",
    "list.empty": "这里没有会话。", "visitor": "访客",
    "status.BOT": "机器人", "status.WAITING": "等待中", "status.ASSIGNED": "已分配", "status.RESOLVED": "已解决",
    "pane.empty": "请选择一个会话。", "pane.earlier": "加载更早的消息",
    "action.claim": "接入", "action.assign": "分配给…", "action.transfer": "转交", "action.transferNote": "给对方的备注（可选）", "action.resolve": "解决", "action.reopen": "重新打开",
    "action.unassign": "取消分配", "action.unassignHint": "把会话放回待分配队列，任何客服都可以接入",
    "problem.conversation.assign-forbidden": "此会话属于其他客服；请让对方或主管转交。",
    "problem.conversation.not-assigned": "此会话尚未分配给任何人，请直接接入。",
    "problem.conversation.unknown-assignee": "该客服已被停用，请选择其他人。",
    "composer.reply": "回复", "composer.note": "内部备注", "composer.placeholder": "输入回复…（输入 / 使用快捷回复）",
    "composer.notePlaceholder": "输入内部备注——访客永远看不到", "composer.send": "发送",
    "note.label": "内部备注", "author.visitor": "访客", "author.agent": "客服", "author.bot": "机器人",
    "author.system": "系统", "author.you": "我", "typing": "访客正在输入…", "seen": "已读",
    "connection.lost": "连接已断开，正在重新连接…", "presence.ONLINE": "在线", "presence.AWAY": "离开",
    "presence.OFFLINE": "离线", "presence.choose.ONLINE": "在线", "presence.choose.AWAY": "离开",
    "presence.choose.OFFLINE": "隐身", "team.title": "团队",
    "profile.open": "我的资料：访客看到的名字和头像", "profile.title": "我的资料", "profile.titleOf": "资料：",
    "profile.hint": "访客会在回复旁看到这个名字和头像。", "profile.name": "显示名称",
    "profile.choose": "选择头像（PNG、JPEG 或 WebP，不超过 256 KB）", "profile.remove": "删除头像",
    "profile.tooLarge": "图片超过 256 KB，请选择更小的图片。", "profile.wrongType": "该文件不是 PNG、JPEG 或 WebP 图片。",
    "admin.editProfile": "名字和头像",
    "canned.none": "没有匹配的快捷回复。", "error.generic": "操作失败：",
    "notify.message": "新消息", "closed": "此会话已解决。重新打开后才能回复。",
    "canned.greeting": "您好！感谢您的咨询，请问有什么可以帮您？",
    "canned.thanks": "感谢您的耐心等待，我正在为您处理。",
    "canned.bye": "很高兴能帮到您，祝您生活愉快！",
    "sidebar.name": "姓名", "sidebar.email": "邮箱", "sidebar.firstSeen": "首次访问", "sidebar.id": "访客编号",
    "sidebar.page": "当前页面", "sidebar.referrer": "来源", "sidebar.browser": "浏览器和系统",
    "admin.open": "设置", "admin.back": "会话", "admin.widget": "聊天插件",
    "admin.snippet": "把这一行粘贴到需要显示在线咨询的每个页面：", "admin.copy": "复制代码",
    "admin.copied": "已复制。", "admin.origins": "允许的来源（每行一个，例如 https://shop.example.com）",
    "admin.linkHosts": "机器人回答中允许链接的主机（每行一个，例如 help.example.com 或 *.example.com）",
    "admin.linkHostsHint": "机器人回答中指向其他主机的链接、图片和 HTML 都会被移除。",
    "admin.save": "保存", "admin.saved": "已保存。", "admin.agents": "客服人员", "admin.disable": "停用",
    "admin.enable": "启用", "admin.name": "姓名", "admin.add": "添加客服",
    "admin.confirmDisable": "确定停用？该客服会立即退出登录，重新启用前无法登录。",
    "role.ADMIN": "管理员", "role.SUPERVISOR": "主管", "role.AGENT": "客服",
    "problem.agent.last-admin": "这是工作区最后一位启用中的管理员。请先把另一位客服设为管理员。",
    "ws.title": "外观与咨询前表单", "ws.colour": "颜色", "ws.position": "位置", "ws.LEFT": "左下角",
    "ws.RIGHT": "右下角", "ws.greetingEn": "欢迎语（英文）", "ws.greetingZh": "欢迎语（中文）",
    "ws.greetingHint": "纯文本；留空则使用默认欢迎语", "ws.showAgentName": "显示回复者：客服的名字和头像、智能助手的名字",
    "ws.botName": "智能助手的名字", "ws.botNameHint": "留空则使用默认的“智能助手”",
    "ws.nameField": "咨询前表单：姓名", "ws.emailField": "咨询前表单：邮箱", "ws.HIDDEN": "不询问",
    "ws.OPTIONAL": "选填", "ws.REQUIRED": "必填", "ws.save": "保存插件设置",
    "search.placeholder": "搜索姓名、邮箱、消息或 #标签", "history.title": "以往会话", "history.none": "无。",
    "tags.title": "标签", "tags.add": "输入标签后按回车添加", "tags.remove": "删除标签",
    "canned.page": "快捷回复", "canned.title": "快捷回复", "canned.shared": "共享", "canned.builtIn": "内置",
    "canned.sharedTitle": "共享快捷回复", "canned.personalTitle": "我的快捷回复",
    "canned.sharedHint": "本工作区的所有客服都可以输入 / 加快捷词插入这些回复。",
    "canned.sharedReadOnly": "所有客服都可以使用；由管理员和主管维护。",
    "canned.personalHint": "只有你能看到这些。在回复框输入 / 加快捷词即可插入。",
    "canned.shortcut": "快捷词，例如 refund", "canned.text": "回复内容", "canned.add": "添加回复",
    "canned.added": "已添加。", "canned.edit": "编辑", "canned.delete": "删除", "canned.confirmDelete": "确定删除？",
    "canned.deleted": "已删除。", "canned.cancel": "取消",
    "desk.open": "已打开的会话", "desk.close": "关闭", "desk.unread": "条新消息",
    "desk.split": "分屏", "desk.single": "单屏", "pane.new": "新消息",
    "assist.title": "推荐答案", "entry.save": "存为知识条目",
    "entry.hint": "把这条回复和它之前访客的问题存为知识条目草稿",
    "entry.saved": "已存为停用的知识条目草稿：管理员在“设置”中审核并启用。",
    "entry.done": "已存为条目草稿",
    "shortcuts.title": "键盘快捷键", "shortcuts.send": "发送回复或备注",
    "shortcuts.newLine": "换行", "shortcuts.canned": "在回复框开头：搜索快捷回复",
    "shortcuts.cannedChoose": "选择快捷回复；回车插入",
    "shortcuts.list": "打开列表中的下一个 / 上一个会话",
    "shortcuts.nth": "显示第 1 … 9 个已打开的会话", "shortcuts.cycle": "显示下一个 / 上一个已打开的会话",
    "shortcuts.close": "关闭当前显示的会话", "shortcuts.done": "关闭"
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
/** A refusal from the server in the chosen language when the console knows its code, else as the server said it. */
export function problem(error) {
  return BUNDLES[current]["problem." + error?.code] ?? BUNDLES.en["problem." + error?.code] ?? error?.message ?? "";
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
