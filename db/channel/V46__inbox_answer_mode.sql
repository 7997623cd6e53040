-- How the bot answers in an inbox (KNOWLEDGE: stored answers verbatim; LLM: written by a language model from the
-- entries, as bot-first inboxes did until now; HUMANS_ONLY: no bot), and whether VIP visitors skip the bot.
-- bot_first stays, kept equal to "answer_mode is not HUMANS_ONLY".
ALTER TABLE inbox
    ADD COLUMN answer_mode   text    NOT NULL DEFAULT 'HUMANS_ONLY',
    ADD COLUMN vip_hand_over boolean NOT NULL DEFAULT true;

UPDATE inbox SET answer_mode = 'LLM' WHERE bot_first;

ALTER TABLE inbox
    ALTER COLUMN answer_mode DROP DEFAULT,
    ADD CONSTRAINT inbox_answer_mode_check CHECK (answer_mode IN ('KNOWLEDGE', 'LLM', 'HUMANS_ONLY')),
    ADD CONSTRAINT inbox_bot_first_matches_answer_mode CHECK (bot_first = (answer_mode <> 'HUMANS_ONLY'));
