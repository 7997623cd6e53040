import {html} from "lit";
import {language} from "./i18n.js";

// A tiny Markdown subset (**bold**, `code`, http(s) links) as Lit templates. Lit puts every value in as text,
// so whatever a visitor writes can never become markup; links may only be http(s) and open with rel=noopener.
const INLINE = /(\*\*[^*\n]+\*\*|`[^`\n]+`|https?:\/\/[^\s<>"']+)/g;

export function rich(body) {
  const parts = [];
  let last = 0;
  for (const match of body.matchAll(INLINE)) {
    if (match.index > last) parts.push(body.slice(last, match.index));
    const token = match[0];
    if (token.startsWith("**")) parts.push(html`<strong>${token.slice(2, -2)}</strong>`);
    else if (token.startsWith("`")) parts.push(html`<code>${token.slice(1, -1)}</code>`);
    else parts.push(html`<a href=${token} target="_blank" rel="noopener noreferrer nofollow">${token}</a>`);
    last = match.index + token.length;
  }
  if (last < body.length) parts.push(body.slice(last));
  return parts;
}

export function shortId(id) {
  return (id || "").slice(0, 8);
}

function parse(value) {
  const date = new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value);
  return value == null || value === "" || isNaN(date) ? null : date;
}

// Dates and times as the console's language writes them (24-hour "14:05" and "2026/12/7" in zh-CN), not the browser's
const format = (value, options) => {
  const date = parse(value);
  return date ? new Intl.DateTimeFormat(language(), options).format(date) : "";
};

export function time(value) {
  return format(value, {hour: "2-digit", minute: "2-digit"});
}

export function date(value) {
  return format(value, {year: "numeric", month: "short", day: "numeric"});
}

export function dateTime(value) {
  return format(value, {dateStyle: "medium", timeStyle: "short"});
}

/** The time for today's, the day and time for anything older. */
export function when(value) {
  const date = parse(value);
  if (!date) return "";
  return date.toDateString() === new Date().toDateString() ? time(date)
    : format(date, {month: "short", day: "numeric", hour: "2-digit", minute: "2-digit"});
}

export function number(value) {
  return new Intl.NumberFormat(language()).format(value);
}

/** "Chrome 140 · Windows" from a user agent string; good enough for a sidebar, never used for decisions. */
export function browserAndSystem(userAgent) {
  if (!userAgent) return "";
  const browser = [[/Edg\/(\d+)/, "Edge"], [/(?:Headless)?Chrome\/(\d+)/, "Chrome"], [/Firefox\/(\d+)/, "Firefox"],
    [/Version\/(\d+)[^ ]* .*Safari/, "Safari"]].map(([re, name]) => [userAgent.match(re), name]).find(([m]) => m);
  const system = [[/Windows/, "Windows"], [/Android/, "Android"], [/iPhone|iPad/, "iOS"], [/Mac OS X/, "macOS"],
    [/Linux/, "Linux"]].find(([re]) => re.test(userAgent));
  return [browser ? `${browser[1]} ${browser[0][1]}` : "", system ? system[1] : ""].filter(Boolean).join(" · ");
}

export function safeHref(url) {
  return /^https?:\/\//i.test(url || "") ? url : undefined;
}
