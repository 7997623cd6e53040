/*
 * Parley visitor widget. Embedded with one line:
 *   <script src="https://YOUR-PARLEY-HOST/widget.js" data-parley="WIDGET_KEY" async></script>
 * A classic script without dependencies, so that it loads on any page without an import map. It draws into an
 * open Shadow DOM: the host page's CSS cannot reach in and the widget's cannot leak out. Every text from a
 * person is put into the page as text nodes, never parsed as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__parleyWidget) return;
  window.__parleyWidget = true;
  var KEY = script.getAttribute("data-parley") || "";
  var BASE = new URL(script.src, location.href).origin;
  var WS_URL = BASE.replace(/^http/, "ws") + "/ws";
  var STORE = "parley:" + KEY;

  var BUNDLES = {
    en: {
      title: "Chat with us", greeting: "Hi! How can we help you today?", placeholder: "Write a message…",
      send: "Send", open: "Open chat", close: "Close chat", typing: "typing…", earlier: "Earlier messages",
      offline: "Reconnecting…", refused: "Chat is not available on this page.", you: "You", agent: "Agent",
      unsent: "Not sent: chat is not available on this page.",
      bot: "Assistant", failed: "Not sent. It will be retried.", seen: "Seen",
      prechat: "Before we start, please tell us who you are.", name: "Name", email: "E-mail",
      optional: " (optional)", startChat: "Start chat", check: "Please check your name and e-mail address.",
      away: "We're not online right now. Leave us a message and we'll get back to you.", message: "Your message",
      leave: "Send message", left: "Thanks! We'll answer by e-mail or here when you come back.",
      resolved: "This conversation was resolved. Write again here if you need anything else.",
      olderConversations: "Earlier conversations", pastOn: "Conversation of", person: "Talk to a person",
      handed: "We're connecting you to a person.",
      rateAsk: "How did we do?", star: "star", stars: "stars", rateComment: "Anything to add? (optional)",
      rateSend: "Send rating", rateThanks: "Thanks for your rating:", rateChange: "Change",
      rateFailed: "Your rating could not be sent. Please try again."
    },
    "zh-CN": {
      title: "在线咨询", greeting: "您好！请问有什么可以帮您？", placeholder: "输入消息…",
      send: "发送", open: "打开聊天", close: "关闭聊天", typing: "正在输入…", earlier: "更早的消息",
      offline: "正在重新连接…", refused: "此页面无法使用在线咨询。", you: "您", agent: "客服",
      unsent: "未发送：此页面无法使用在线咨询。",
      bot: "智能助手", failed: "未发送，将自动重试。", seen: "已读",
      prechat: "开始前，请留下您的信息。", name: "姓名", email: "邮箱", optional: "（选填）",
      startChat: "开始咨询", check: "请检查您的姓名和邮箱地址。",
      away: "我们现在不在线。请留言，我们会尽快回复您。", message: "您的留言", leave: "提交留言",
      left: "谢谢！我们会通过邮件回复，或在您下次访问时在这里回复。",
      resolved: "此会话已解决。如还有问题，请直接在这里继续留言。",
      olderConversations: "更早的会话", pastOn: "会话时间：", person: "转人工客服",
      handed: "正在为您转接人工客服。",
      rateAsk: "请为本次服务评分", star: "星", stars: "星", rateComment: "还有什么想说的？（选填）",
      rateSend: "提交评价", rateThanks: "感谢您的评价：", rateChange: "修改",
      rateFailed: "评价未能提交，请重试。"
    }
  };
  var lang = /^zh/i.test(navigator.language || "") ? "zh-CN" : "en";
  var T = BUNDLES[lang];

  var CSS = [
    ":host{all:initial}",
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif}",
    ".launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;",
    "background:var(--pc,#2563eb);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483646;display:grid;place-items:center}",
    ".badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;border-radius:10px;background:#dc2626;",
    "color:#fff;font-size:12px;line-height:20px;padding:0 6px}",
    ".panel{position:fixed;right:20px;bottom:88px;width:360px;height:520px;max-height:calc(100vh - 110px);",
    "background:#fff;color:#111827;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:flex;",
    "flex-direction:column;overflow:hidden;z-index:2147483647;font-size:14px}",
    ".panel[hidden]{display:none}",
    "header{background:var(--pc,#2563eb);color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}",
    "header b{font-size:15px}header button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}",
    ".status{font-size:12px;background:#fef3c7;color:#92400e;padding:4px 12px}.status:empty{display:none}",
    ".list{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:6px;background:#f9fafb}",
    ".msg{max-width:80%;padding:8px 11px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word;line-height:1.4}",
    ".msg.them{align-self:flex-start;background:#fff;border:1px solid #e5e7eb}",
    ".msg.me{align-self:flex-end;background:var(--pc,#2563eb);color:#fff}.msg.me a{color:#fff}",
    ".msg.pending{opacity:.6}.who{display:block;font-size:11px;opacity:.7;margin-bottom:2px}",
    ".line{display:flex;align-items:flex-end;gap:6px;align-self:flex-start;max-width:88%}.line .msg{max-width:none;min-width:0}",
    ".avatar{width:28px;height:28px;border-radius:50%;flex:none;object-fit:cover;margin-bottom:2px}",
    ".initials{display:grid;place-items:center;background:var(--pc,#2563eb);color:#fff;font-size:11px;font-weight:600;line-height:1}",
    ".seen{display:block;font-size:10px;opacity:.8;text-align:right;margin-top:2px}",
    ".past{display:flex;flex-direction:column;gap:6px}.divider{align-self:center;font-size:11px;color:#6b7280;margin:6px 0}",
    ".person{align-self:center;margin:0 0 6px;background:#fff;color:var(--pc,#2563eb);border:1px solid var(--pc,#2563eb);border-radius:14px;padding:4px 12px;cursor:pointer;font-size:12px}",
    ".person[hidden]{display:none}",
    ".earlier{align-self:center;background:none;border:0;color:var(--pc,#2563eb);cursor:pointer;font-size:12px}",
    ".typing{font-size:12px;color:#6b7280;padding:0 14px 4px;min-height:18px}",
    "form{display:flex;border-top:1px solid #e5e7eb;padding:8px;gap:6px}",
    "textarea{flex:1;resize:none;border:1px solid #d1d5db;border-radius:8px;padding:8px;font-size:14px;height:40px}",
    "form button{background:var(--pc,#2563eb);color:#fff;border:0;border-radius:8px;padding:0 14px;cursor:pointer}",
    "form button:disabled,textarea:disabled{opacity:.5;cursor:not-allowed}",
    "code{background:rgba(0,0,0,.08);padding:0 3px;border-radius:3px;font-family:ui-monospace,monospace}",
    ".launcher.left,.panel.left{right:auto;left:20px}form[hidden]{display:none}",
    ".prechat,.leave{display:flex;flex-direction:column;gap:8px;padding:14px 14px 0}.prechat{padding:14px}",
    ".leave[hidden]{display:none}.prechat p,.leave p{margin:0 0 4px}.note{align-self:center;font-size:12px;color:#374151;text-align:center}",
    ".prechat input,.leave input{border:1px solid #d1d5db;border-radius:8px;padding:8px;font-size:14px}.prechat button{padding:9px}",
    ".rating{align-self:stretch;background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:8px 10px;display:flex;flex-direction:column;gap:6px;font-size:13px}",
    ".rating .stars{display:flex;gap:2px}.rating .star{background:none;border:0;font-size:22px;line-height:1;cursor:pointer;color:#d1d5db;padding:0 2px}",
    ".rating .star.on{color:#f59e0b}.rating .comment{border:1px solid #d1d5db;border-radius:8px;padding:6px 8px;font-size:13px}",
    ".rating .send{align-self:flex-end;background:var(--pc,#2563eb);color:#fff;border:0;border-radius:8px;padding:5px 12px;cursor:pointer}",
    ".rating .send:disabled{opacity:.5;cursor:not-allowed}.rating .change{background:none;border:0;color:var(--pc,#2563eb);cursor:pointer;font-size:12px;padding:0}",
    "@media (max-width:480px){.panel,.panel.left{left:0;right:0;bottom:0;width:100vw;height:100%;max-height:100%;border-radius:0}}"
  ].join("");

  // ---- state ----------------------------------------------------------------------------------
  var token = null, conversationId = null, socket = null, heartbeats = null, pongDue = null, backoff = 1000;
  var held = new Map();        // sequence -> message, so a repeat is ignored and order is by sequence
  var pending = new Map();     // clientMessageId -> body, until acknowledged; resent after reconnecting
  var visitorId = null, open = false, unread = 0, refused = false, lastRead = 0, typingTimer = null;
  var oldest = null, starting = false, agentRead = 0;
  // the conversation on screen may be resolved (a follow-up reopens it within the inbox's window, else the server
  // answers conversation.closed and it joins the earlier ones); older: the visitor's other conversations not yet shown
  var status_ = null, older = [], handed = false, sentIn = new Map();
  // ratings: conversation id -> its rating, or false when it has none (undefined: not asked yet); the form's draft
  var ratings = new Map(), ratingDraft = { score: 0, comment: "", editing: false, error: false };
  // profiled: the pre-chat form was answered (or is not needed); away: nobody answers now, so offer to leave a message
  var settings = null, profiled = false, away = false, leftNote = false;
  try { profiled = !!JSON.parse(localStorage.getItem(STORE) || "{}").profiled; } catch (e) { /* private mode */ }

  // ---- DOM ------------------------------------------------------------------------------------
  var host = document.createElement("div");
  host.id = "parley-widget";
  var root = host.attachShadow({ mode: "open" });
  if ("adoptedStyleSheets" in root) {
    var sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); root.adoptedStyleSheets = [sheet];
  }
  function icon(path) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), p = document.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 24 24"); svg.setAttribute("width", "26"); svg.setAttribute("height", "26");
    p.setAttribute("d", path); p.setAttribute("fill", "currentColor"); svg.appendChild(p);
    return svg;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  var launcher = el("button", "launcher");
  launcher.appendChild(icon("M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"));
  launcher.setAttribute("aria-label", T.open); launcher.setAttribute("part", "launcher");
  var badge = el("span", "badge"); badge.hidden = true; launcher.appendChild(badge);
  var panel = el("section", "panel"); panel.hidden = true; panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", T.title); panel.setAttribute("lang", lang);
  var header = el("header"); header.appendChild(el("b", null, T.title));
  var closer = el("button", "close", "\u00D7"); closer.setAttribute("aria-label", T.close); header.appendChild(closer);
  var status = el("div", "status"); status.setAttribute("role", "status");
  var list = el("div", "list"); list.setAttribute("aria-live", "polite");
  var earlier = el("button", "earlier", T.earlier); earlier.hidden = true;
  var greeting = el("div", "msg them greeting", T.greeting);
  var olderButton = el("button", "earlier older", T.olderConversations); olderButton.hidden = true;
  var pastBox = el("div", "past");
  list.append(olderButton, pastBox, earlier, greeting);
  var typing = el("div", "typing");
  var person = el("button", "person", T.person); person.type = "button"; person.hidden = true;
  var form = el("form"); var input = el("textarea"); input.placeholder = T.placeholder; input.rows = 1;
  input.setAttribute("aria-label", T.placeholder);
  var sendButton = el("button", null, T.send); sendButton.type = "submit"; form.append(input, sendButton);
  var prechat = el("form", "prechat"); prechat.hidden = true;
  var nameInput = el("input"); nameInput.name = "name"; nameInput.maxLength = 100; nameInput.autocomplete = "name";
  var emailInput = el("input"); emailInput.name = "email"; emailInput.type = "email"; emailInput.maxLength = 320;
  emailInput.autocomplete = "email";
  var startButton = el("button", null, T.startChat); startButton.type = "submit";
  prechat.append(el("p", null, T.prechat), nameInput, emailInput, startButton);
  // Leaving a message uses the composer itself, with the visitor's name and e-mail above it (both optional: without
  // an address the answer waits for the visitor's return).
  var leave = el("div", "leave"); leave.hidden = true;
  var leaveName = el("input"); leaveName.name = "name"; leaveName.maxLength = 100; leaveName.autocomplete = "name";
  leaveName.placeholder = T.name + T.optional;
  var leaveEmail = el("input"); leaveEmail.name = "email"; leaveEmail.type = "email"; leaveEmail.maxLength = 320;
  leaveEmail.autocomplete = "email"; leaveEmail.placeholder = T.email + T.optional;
  [leaveName, leaveEmail].forEach(function (i) { i.setAttribute("aria-label", i.placeholder); });
  leave.append(el("p", null, T.away), leaveName, leaveEmail);
  panel.append(header, status, list, typing, person, prechat, leave, form);
  root.append(launcher, panel);

  // ---- safe rendering: a tiny Markdown subset built as DOM nodes ------------------------------
  var INLINE = /(\*\*[^*\n]+\*\*|`[^`\n]+`|https?:\/\/[^\s<>"']+)/g;
  function render(body, into) {
    var last = 0, m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(body))) {
      if (m.index > last) into.appendChild(document.createTextNode(body.slice(last, m.index)));
      var t = m[0];
      if (t.slice(0, 2) === "**") into.appendChild(el("strong", null, t.slice(2, -2)));
      else if (t[0] === "`") into.appendChild(el("code", null, t.slice(1, -1)));
      else {
        var a = el("a", null, t); a.href = t; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
        into.appendChild(a);
      }
      last = m.index + t.length;
    }
    if (last < body.length) into.appendChild(document.createTextNode(body.slice(last)));
  }
  // The name the server gives (an agent's display name, the bot's configured name), else the generic label
  function who(m) {
    if (m.authorKind === "AUTHOR_KIND_VISITOR") return T.you;
    return m.authorName || (m.authorKind === "AUTHOR_KIND_BOT" ? T.bot : T.agent);
  }
  var AVATAR = /^\/api\/v1\/avatars\/[0-9a-f]{64}$/;
  function initials(name) {
    var words = String(name || "").trim().split(/\s+/).filter(Boolean);
    if (!words.length) return "?";
    var pick = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
    return pick.map(function (w) { return Array.from(w)[0]; }).join("").toUpperCase();
  }
  // Only pictures of this Parley server are loaded; none, or one that fails to load, shows the initials instead.
  function face(m) {
    var initialsEl = el("span", "avatar initials", initials(who(m)));
    initialsEl.setAttribute("aria-hidden", "true");
    if (!AVATAR.test(m.authorAvatarUrl || "")) return initialsEl;
    var img = el("img", "avatar"); img.alt = ""; img.src = BASE + m.authorAvatarUrl;
    img.width = 28; img.height = 28; img.referrerPolicy = "no-referrer";
    img.addEventListener("error", function () { if (img.parentNode) img.parentNode.replaceChild(initialsEl, img); });
    return img;
  }
  function shown() { return !(settings && settings.showAgentName === false); }
  function bubble(m, mine, isPending) {
    var b = el("div", "msg " + (mine ? "me" : "them") + (isPending ? " pending" : ""));
    if (!mine && shown()) b.appendChild(el("span", "who", who(m)));
    var text = el("span", "text"); render(m.body || "", text); b.appendChild(text);
    if (m.sequence) b.dataset.sequence = m.sequence;
    if (mine || !shown() || m.authorKind === "AUTHOR_KIND_SYSTEM") return b;
    var line = el("div", "line"); line.append(face(m), b);
    return line;
  }
  // ---- satisfaction rating of a resolved conversation ---------------------------------------------
  function loadRating(id) {
    ratings.set(id, null); // asking
    api("GET", "/api/v1/visitor/conversations/" + id + "/rating").then(function (r) { ratings.set(id, r); redraw(); },
      function (e) { ratings.set(id, e.status === 404 ? false : undefined); if (e.status === 404) redraw(); });
  }
  function ratingBox() {
    var box = el("div", "rating"), id = conversationId, given = ratings.get(id);
    if (given === undefined) { loadRating(id); return box; }
    if (given === null) return box;
    if (given && !ratingDraft.editing) {
      box.appendChild(el("span", "thanks", T.rateThanks + " " + "★".repeat(given.score) + "☆".repeat(5 - given.score)));
      var change = el("button", "change", T.rateChange); change.type = "button";
      change.onclick = function () { ratingDraft = { score: given.score, comment: given.comment || "", editing: true, error: false }; redraw(); };
      box.appendChild(change);
      return box;
    }
    box.appendChild(el("span", "ask", T.rateAsk));
    var stars = el("div", "stars");
    for (var n = 1; n <= 5; n++) {
      var star = el("button", "star" + (n <= ratingDraft.score ? " on" : ""), "★"); star.type = "button";
      star.dataset.score = String(n);
      star.setAttribute("aria-label", n + " " + (n === 1 ? T.star : T.stars));
      star.setAttribute("aria-pressed", String(n === ratingDraft.score));
      star.onclick = (function (score) { return function () { ratingDraft.score = score; redraw(); }; })(n);
      stars.appendChild(star);
    }
    box.appendChild(stars);
    var comment = el("input", "comment"); comment.type = "text"; comment.maxLength = 1000; comment.placeholder = T.rateComment;
    comment.setAttribute("aria-label", T.rateComment); comment.value = ratingDraft.comment;
    comment.oninput = function () { ratingDraft.comment = comment.value; };
    box.appendChild(comment);
    if (ratingDraft.error) box.appendChild(el("span", "error", T.rateFailed));
    var send = el("button", "send", T.rateSend); send.type = "button"; send.disabled = !ratingDraft.score;
    send.onclick = function () {
      send.disabled = true;
      api("POST", "/api/v1/visitor/conversations/" + id + "/rating", { score: ratingDraft.score,
        comment: ratingDraft.comment.trim() || null }).then(function (r) {
        ratings.set(id, r); ratingDraft = { score: 0, comment: "", editing: false, error: false }; redraw();
      }, function () { ratingDraft.error = true; redraw(); });
    };
    box.appendChild(send);
    return box;
  }
  function redraw() {
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    while (greeting.nextSibling) list.removeChild(greeting.nextSibling);
    var seqs = Array.from(held.keys()).sort(function (a, b) { return a - b; });
    var shown = new Set();
    seqs.forEach(function (s) {
      var m = held.get(s); shown.add(m.clientMessageId);
      list.appendChild(bubble(m, m.authorKind === "AUTHOR_KIND_VISITOR", false));
    });
    var lastMine = null;
    Array.prototype.forEach.call(list.querySelectorAll(".msg.me"), function (b) {
      if (Number(b.dataset.sequence) <= agentRead) lastMine = b;
    });
    if (lastMine) lastMine.appendChild(el("span", "seen", T.seen));
    if (status_ === "RESOLVED") { list.appendChild(el("div", "note resolved", T.resolved)); list.appendChild(ratingBox()); }
    else if (handed && status_ === "WAITING") list.appendChild(el("div", "note handed", T.handed));
    person.hidden = !(conversationId && status_ === "BOT" && !refused);
    olderButton.hidden = !older.length;
    pending.forEach(function (body, id) {
      if (shown.has(id)) return;
      var b = bubble({ body: body }, true, true);
      if (refused) b.appendChild(el("span", "seen unsent", T.unsent));
      list.appendChild(b);
    });
    if (leftNote) list.appendChild(el("div", "note", T.left));
    earlier.hidden = !(oldest > 1);
    if (atBottom || open) list.scrollTop = list.scrollHeight;
  }
  function setStatus(text) { status.textContent = text || ""; }
  function setUnread(n) { unread = n; badge.textContent = String(n); badge.hidden = n === 0; }

  // ---- HTTP -------------------------------------------------------------------------------------
  function api(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(BASE + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
      credentials: "omit" }).then(function (r) {
      if (!r.ok) { var e = new Error("HTTP " + r.status); e.status = r.status; throw e; }
      return r.json();
    });
  }
  function startSession() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
    profiled = profiled || !!(saved && saved.profiled);
    var payload = { widgetKey: KEY, visitorToken: saved && saved.token };
    var name = script.getAttribute("data-visitor-name"), email = script.getAttribute("data-visitor-email");
    if (name) payload.name = name;
    if (email) payload.email = email;
    return api("POST", "/api/v1/widget/sessions", payload).then(function (s) {
      token = s.visitorToken; visitorId = s.visitorId;
      remember();
      reportPage();
      return api("GET", "/api/v1/visitor/conversations");
    }).then(function (page) {
      var items = page.items || [];
      var current = items.filter(function (c) { return c.status !== "RESOLVED"; })[0] || items[0];
      older = items.filter(function (c) { return c !== current; });
      if (current) {
        conversationId = current.id; status_ = current.status; archivedAt = current.updatedAt; forms();
        return loadBefore(null);
      }
      forms();
      return api("GET", "/api/v1/visitor/availability").then(function (a) { away = !a.answered; forms(); },
        function () { /* offer live chat */ });
    });
  }
  function remember() {
    try { localStorage.setItem(STORE, JSON.stringify({ token: token, profiled: profiled })); } catch (e) { /* private mode */ }
  }

  // ---- settings: colour, side, greeting and the pre-chat form, the same for every visitor ----------------
  function applySettings(s) {
    settings = s;
    if (/^#[0-9a-fA-F]{6}$/.test(s.colour || "") && root.adoptedStyleSheets && root.adoptedStyleSheets[0]) {
      root.adoptedStyleSheets[0].insertRule(":host{--pc:" + s.colour + "}", 0);
    }
    if (s.position === "LEFT") { launcher.classList.add("left"); panel.classList.add("left"); }
    var text = lang === "zh-CN" ? s.greetingZh : s.greetingEn;
    if (text) greeting.textContent = text;
    field(nameInput, s.nameField, T.name); field(emailInput, s.emailField, T.email);
    forms(); redraw();
  }
  function field(input, mode, label) {
    input.hidden = mode !== "OPTIONAL" && mode !== "REQUIRED";
    input.required = mode === "REQUIRED";
    input.placeholder = label + (mode === "OPTIONAL" ? T.optional : "");
    input.setAttribute("aria-label", input.placeholder);
  }
  // The form comes before the first message only: not once a conversation exists or the page named the visitor.
  function forms() {
    if (refused) return;
    var ask = !!settings && !profiled && !conversationId && (!nameInput.hidden || !emailInput.hidden)
      && !script.getAttribute("data-visitor-name") && !script.getAttribute("data-visitor-email");
    var offline = away && !conversationId;
    leave.hidden = !offline; prechat.hidden = !ask || offline; form.hidden = ask && !offline;
    sendButton.textContent = offline ? T.leave : T.send;
    input.placeholder = offline ? T.message : T.placeholder;
  }
  // A left message is an ordinary conversation: the visitor's details first, then the conversation and its message.
  function submitLeave() {
    var payload = { widgetKey: KEY, visitorToken: token };
    if (leaveName.value.trim()) payload.name = leaveName.value.trim();
    if (leaveEmail.value.trim()) payload.email = leaveEmail.value.trim();
    var body = input.value.trim();
    if (!body || sendButton.disabled) return;
    if (!leaveEmail.checkValidity()) { setStatus(T.check); return; }
    sendButton.disabled = true;
    api("POST", "/api/v1/widget/sessions", payload).then(function (s) {
      token = s.visitorToken; profiled = true; remember();
      return api("POST", "/api/v1/visitor/conversations");
    }).then(function (c) {
      conversationId = c.id;
      return api("POST", "/api/v1/visitor/conversations/" + c.id + "/messages", { clientMessageId: newId(), body: body });
    }).then(function () {
      input.value = ""; setStatus(""); forms(); resume();
      return loadBefore(null);
    }).then(function () {
      leftNote = true; redraw();
    }, function () { setStatus(T.check); }).then(function () { sendButton.disabled = false; });
  }
  function submitPrechat() {
    var payload = { widgetKey: KEY, visitorToken: token };
    if (!nameInput.hidden && nameInput.value.trim()) payload.name = nameInput.value.trim();
    if (!emailInput.hidden && emailInput.value.trim()) payload.email = emailInput.value.trim();
    startButton.disabled = true;
    api("POST", "/api/v1/widget/sessions", payload).then(function (s) {
      token = s.visitorToken; profiled = true; remember(); setStatus(""); forms(); input.focus();
    }, function () { setStatus(T.check); }).then(function () { startButton.disabled = false; });
  }
  prechat.addEventListener("submit", function (e) { e.preventDefault(); submitPrechat(); });
  // agents see which page the visitor is on; single-page sites report again when their URL changes
  var reported = null;
  function reportPage() {
    if (!token || reported === location.href + "\n" + document.title) return;
    reported = location.href + "\n" + document.title;
    fetch(BASE + "/api/v1/visitor/page", { method: "POST", credentials: "omit", headers: {
      "Content-Type": "application/json", Authorization: "Bearer " + token },
      body: JSON.stringify({ url: location.href, title: document.title, referrer: document.referrer || null })
    }).catch(function () { /* a nicety: the chat works without it */ });
  }
  window.addEventListener("popstate", reportPage);
  setInterval(reportPage, 5000);
  function loadBefore(before) {
    var q = "?limit=50" + (before ? "&before=" + before : "");
    return api("GET", "/api/v1/visitor/conversations/" + conversationId + "/messages" + q).then(function (page) {
      (page.items || []).forEach(function (m) { hold(fromRest(m), true); });
      if (page.items && page.items.length) oldest = Math.min.apply(null, page.items.map(function (m) { return m.sequence; }));
      else if (!before) oldest = null; else oldest = 1;
      redraw();
    });
  }

  function fromRest(m) {
    return { sequence: String(m.sequence), clientMessageId: m.clientMessageId, body: m.body,
      authorKind: "AUTHOR_KIND_" + m.author.kind, authorName: m.author.name, authorAvatarUrl: m.author.avatarUrl,
      kind: "MESSAGE_KIND_" + m.kind };
  }
  // An earlier conversation, drawn once above the one on screen: a line with its date, then its messages.
  function pastBlock(conversation, messages) {
    var block = el("div", "past-conversation"); block.dataset.id = conversation.id;
    var when = new Date(conversation.updatedAt || Date.now());
    block.appendChild(el("div", "divider", T.pastOn + " " + when.toLocaleString(lang,
      { dateStyle: "medium", timeStyle: "short" })));
    messages.forEach(function (m) { block.appendChild(bubble(m, m.authorKind === "AUTHOR_KIND_VISITOR", false)); });
    return block;
  }
  function loadOlder() {
    var c = older.shift();
    redraw();
    if (!c) return;
    var q = "?limit=50&before=" + (Number(c.lastSequence || 0) + 1);
    api("GET", "/api/v1/visitor/conversations/" + c.id + "/messages" + q).then(function (page) {
      pastBox.insertBefore(pastBlock(c, (page.items || []).map(fromRest)), pastBox.firstChild);
    }, function () { older.unshift(c); redraw(); });
  }
  olderButton.addEventListener("click", loadOlder);
  // The server would not reopen the conversation on screen (resolved too long ago): it joins the earlier ones, and
  // what is pending goes to a new one.
  function archive() {
    var seqs = Array.from(held.keys()).sort(function (a, b) { return a - b; });
    pastBox.appendChild(pastBlock({ id: conversationId, updatedAt: archivedAt },
      seqs.map(function (s) { return held.get(s); })));
    conversationId = null; status_ = null; held.clear(); oldest = null; agentRead = 0; lastRead = 0; handed = false;
  }
  var archivedAt = null;
  function asked(id) {
    api("POST", "/api/v1/visitor/conversations/" + id + "/hand-over").then(function (c) {
      if (c.id === conversationId) { handed = true; status_ = c.status; redraw(); }
    }, function () { /* the bot no longer has it: the next update says who does */ });
  }
  person.addEventListener("click", function () {
    if (conversationId && status_ === "BOT") { person.hidden = true; asked(conversationId); }
  });
  function sendFrame(id, body) {
    sentIn.set(id, conversationId);
    frame({ requestId: id, send: { conversationId: conversationId, clientMessageId: id, body: body } });
  }
  function statusOf(c) { return String(c.status || "").replace(/^CONVERSATION_STATUS_/, ""); }

  // ---- WebSocket --------------------------------------------------------------------------------
  function frame(f) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(f)); }
  function connect() {
    if (!token || refused) return;
    if (socket && socket.readyState <= 1) return;
    socket = new WebSocket(WS_URL, ["parley.v1.json"]);
    socket.onopen = function () { frame({ requestId: "auth", authenticate: { visitorToken: token } }); };
    socket.onmessage = function (e) { handle(JSON.parse(e.data)); };
    socket.onclose = function (e) {
      socket = null;
      if (e.code === 1008) { drop(); unavailable(); return; }
      lost();
    };
  }
  // Gives up on the socket at once, without waiting for a closing handshake that a dead network never completes.
  function drop() {
    clearInterval(heartbeats); clearTimeout(pongDue);
    if (socket) {
      var dead = socket; socket = null;
      dead.onclose = dead.onmessage = dead.onopen = null;
      try { dead.close(); } catch (e) { /* already closed */ }
    }
    host.dataset.connected = "false";
    setStatus(T.offline);
  }
  function lost() {
    drop();
    if (navigator.onLine === false) return;           // the "online" event reconnects
    var delay = Math.min(backoff, 30000) * (0.5 + Math.random() / 2);
    backoff = Math.min(backoff * 2, 30000);
    setTimeout(connect, delay);
  }
  function highest() {
    var max = 0; held.forEach(function (m, s) { if (s > max) max = s; }); return max;
  }
  function resume() {
    if (conversationId) frame({ requestId: "resume", resume: { conversationId: conversationId,
      afterSequence: String(highest()) } });
  }
  // the server could not take a message now (busy, over the rate, a failed store): the same id again in a moment,
  // so that it is stored once whatever happened to the first attempt
  var TRANSIENT = ["rate.limited", "message.server-busy", "message.not-stored", "store.unavailable", "server.error"];
  var retries = new Map();     // clientMessageId -> attempts so far
  function later(id) {
    var attempt = (retries.get(id) || 0) + 1;
    retries.set(id, attempt);
    setTimeout(function () {
      if (pending.has(id) && conversationId) sendFrame(id, pending.get(id));
    }, Math.min(5000, 500 * attempt) * (0.5 + Math.random()));
  }
  function flush() {
    pending.forEach(function (body, id) { sendFrame(id, body); });
  }
  function handle(f) {
    if (f.authenticated) {
      backoff = 1000; setStatus(""); host.dataset.connected = "true";
      var every = f.authenticated.heartbeatIntervalMs || 30000;
      heartbeats = setInterval(function () {
        frame({ requestId: "hb", heartbeat: {} });
        // a silent network: no answer within 10 s means the socket is dead even if it looks open
        pongDue = setTimeout(lost, 10000);
      }, Math.min(every, 25000));
      if (startedOn !== socket) starting = false;
      resume(); if (conversationId) flush(); else if (pending.size) start();
    } else if (f.heartbeat) {
      clearTimeout(pongDue);
    } else if (f.conversationStarted) {
      conversationId = f.conversationStarted.conversation.id; status_ = statusOf(f.conversationStarted.conversation);
      oldest = null; starting = false; flush(); redraw();
    } else if (f.conversationUpdated) {
      var c = f.conversationUpdated.conversation;
      if (c.id !== conversationId) return;
      var was = status_;
      status_ = statusOf(c);
      if (status_ === "RESOLVED") { archivedAt = c.updatedAtMs ? Number(c.updatedAtMs) : Date.now(); handed = false; }
      if (status_ === "RESOLVED" && was !== "RESOLVED" && !open) setUnread(unread + 1);
      redraw();
    } else if (f.message) {
      var m = f.message.message;
      if (m.conversationId !== conversationId) return;
      if (hold(m, false)) redraw();
    } else if (f.ack) {
      var body = pending.get(f.ack.clientMessageId);
      if (body != null) hold({ sequence: f.ack.sequence, clientMessageId: f.ack.clientMessageId, body: body,
        authorKind: "AUTHOR_KIND_VISITOR" }, false);
      redraw();
    } else if (f.typing) {
      if (f.typing.conversationId !== conversationId) return;
      typing.textContent = f.typing.typing ? T.agent + " " + T.typing : "";
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { typing.textContent = ""; }, 6000);
    } else if (f.read) {
      if (f.read.conversationId === conversationId && f.read.authorKind !== "AUTHOR_KIND_VISITOR") {
        agentRead = Math.max(agentRead, Number(f.read.sequence)); redraw();
      }
    } else if (f.error && !f.error.fatal && f.error.code === "conversation.closed") {
      // only for a message sent to the conversation still on screen: a late answer about an archived one is moot
      if (conversationId && sentIn.get(f.requestId) === conversationId) { archive(); redraw(); }
      if (!conversationId) start();
    } else if (f.error && !f.error.fatal && pending.has(f.requestId) && TRANSIENT.indexOf(f.error.code) >= 0) {
      later(f.requestId);
    }
  }
  function hold(m, history) {
    var s = Number(m.sequence);
    if (held.has(s)) return false;
    held.set(s, m);
    if (m.authorKind !== "AUTHOR_KIND_VISITOR") {
      typing.textContent = "";
      if (!open && !history) { setUnread(unread + 1); chime(); }
      else if (open) markRead();
    }
    pending.delete(m.clientMessageId);
    retries.delete(m.clientMessageId);
    return true;
  }
  function markRead() {
    var max = highest();
    if (max > lastRead && conversationId) { lastRead = max; frame({ read: { conversationId: conversationId, sequence: String(max) } }); }
  }
  function chime() {
    try {
      var ctx = new (window.AudioContext || window.webkitAudioContext)(), o = ctx.createOscillator(), g = ctx.createGain();
      o.frequency.value = 880; g.gain.value = 0.05; o.connect(g); g.connect(ctx.destination);
      o.start(); o.stop(ctx.currentTime + 0.15);
    } catch (e) { /* sound is a nicety */ }
  }

  // ---- user actions -------------------------------------------------------------------------------
  function newId() {
    return "w-" + (crypto.randomUUID ? crypto.randomUUID() : Date.now().toString(36) + Math.random().toString(36).slice(2));
  }
  function send() {
    if (refused) return;
    if (away && !conversationId) { submitLeave(); return; }
    var body = input.value.trim();
    if (!body) return;
    input.value = "";
    var id = newId();
    pending.set(id, body);
    redraw();
    if (!conversationId) { start(); return; }
    frame({ typing: { conversationId: conversationId, typing: false } });
    sendFrame(id, body);
  }
  // Only on an authenticated (or authenticating) socket; a start sent on this socket is answered on it, so it is
  // not sent again when "authenticated" arrives after it.
  var startedOn = null;
  function start() {
    if (starting || !socket || socket.readyState !== 1) return;
    starting = true; startedOn = socket;
    frame({ requestId: "start", startConversation: {} });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); send(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); }
  });
  var lastTyping = 0;
  input.addEventListener("input", function () {
    if (!conversationId || Date.now() - lastTyping < 3000) return;
    lastTyping = Date.now();
    frame({ typing: { conversationId: conversationId, typing: true } });
  });
  earlier.addEventListener("click", function () { if (oldest > 1) loadBefore(oldest); });
  function toggle(show) {
    open = show; panel.hidden = !show; launcher.setAttribute("aria-expanded", String(show));
    if (show) { setUnread(0); markRead(); list.scrollTop = list.scrollHeight; input.focus(); }
  }
  launcher.addEventListener("click", function () { toggle(!open); });
  closer.addEventListener("click", function () { toggle(false); });
  window.addEventListener("offline", drop);
  window.addEventListener("online", function () { backoff = 1000; connect(); });

  function mount() {
    document.body.appendChild(host);
    fetch(BASE + "/api/v1/widget/settings?key=" + encodeURIComponent(KEY), { credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) applySettings(s); }, function () { /* the defaults will do */ });
    startSession().then(connect, function (e) {
      if (e.status === 403 || e.status === 404 || e.status === 400 || e.status === 401) { unavailable(); return; }
      setStatus(T.offline);
      setTimeout(mount2, 5000);
    });
  }
  // This page may not chat (its origin is not allowed, the key is unknown): nothing typed here could be sent.
  function unavailable() {
    refused = true;
    setStatus(T.refused);
    input.disabled = true; sendButton.disabled = true; input.placeholder = T.refused;
    leave.hidden = true; prechat.hidden = true; form.hidden = false;
    host.dataset.unavailable = "true";
    redraw();
  }
  function mount2() { startSession().then(connect, function () { setTimeout(mount2, 10000); }); }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
