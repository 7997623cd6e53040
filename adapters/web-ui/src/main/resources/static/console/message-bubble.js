import {html, css} from "lit";
import {t} from "./i18n.js";
import {rich, time} from "./text.js";

/**
 * One message of a conversation pane, signed with its author's display name when the server gave one (agents and
 * the bot), else with the kind of author. {agent, seen, saved, save} come from the pane: who is signed in, up to which
 * sequence the visitor has read, which replies were saved as knowledge entries, how to save one, and (delivery) the mark
 * of how a reply went out through the conversation's channel.
 */
export function bubble(m, {agent, seen, saved, save, delivery}, pending = false) {
  const mine = m.author === "AGENT" && m.authorId === agent.id;
  const who = mine ? t("author.you") : m.authorName || t("author." + m.author.toLowerCase());
  // a note is never shown to the visitor, so the visitor never "saw" it
  const read = !pending && m.author === "AGENT" && m.kind !== "NOTE" && seen >= m.sequence;
  const reusable = !pending && m.id && m.author === "AGENT" && m.kind === "TEXT";
  return html`<div class="message ${m.author.toLowerCase()} ${m.kind === "NOTE" ? "note" : ""} ${pending ? "pending" : ""}"
      data-sequence=${m.sequence ?? ""}>
    <span class="meta">${m.kind === "NOTE" ? html`<b>${t("note.label")}</b> · ` : ""}${who} · ${time(m.createdAt)}${read ? " · " + t("seen") : ""}</span>
    <div class="body">${rich(m.body)}</div>
    ${!pending && delivery ? delivery(m) : ""}
    ${!reusable ? "" : saved.has(m.id) ? html`<span class="entry-saved">✓ ${t("entry.done")}</span>`
      : html`<button class="save-entry" title=${t("entry.hint")} @click=${() => save(m)}>${t("entry.save")}</button>`}
  </div>`;
}

export const bubbleStyles = css`
  .message { max-width: 70%; padding: 8px 12px; border-radius: 10px; background: #fff; border: 1px solid #e5e7eb; align-self: flex-start; }
  .message.agent, .message.bot { align-self: flex-end; background: #dbeafe; border-color: #bfdbfe; }
  .message.note { background: #fef3c7; border: 1px dashed #d97706; }
  .message.pending { opacity: .6; }
  .meta { display: block; font-size: 11px; color: #6b7280; margin-bottom: 2px; }
  .body { white-space: pre-wrap; word-wrap: break-word; }
  .save-entry { display: block; margin: 4px 0 0 auto; font: inherit; font-size: 11px; background: none; border: 0;
    color: #1d4ed8; cursor: pointer; padding: 0; opacity: .45; }
  .message:hover .save-entry, .save-entry:focus-visible { opacity: 1; text-decoration: underline; }
  .entry-saved { display: block; text-align: right; font-size: 11px; color: #166534; margin-top: 4px; }
  .new-divider { display: flex; align-items: center; gap: 8px; color: #dc2626; font-size: 12px; }
  .new-divider::before, .new-divider::after { content: ""; flex: 1; border-top: 1px solid #fca5a5; }
  code { background: rgba(0,0,0,.07); padding: 0 3px; border-radius: 3px; }
`;
