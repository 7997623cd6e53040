-- Visitors' questions the bot handed over for low confidence, kept for review until dismissed (or turned into an
-- entry). The conversation is referenced loosely: the question stays useful after the conversation is gone.
CREATE TABLE knowledge_unanswered
(
    id              uuid             NOT NULL,
    workspace_id    uuid             NOT NULL,
    conversation_id uuid             NOT NULL,
    question        text             NOT NULL,
    best_score      double precision NOT NULL,
    asked_at        timestamptz      NOT NULL,
    dismissed_at    timestamptz,
    CONSTRAINT knowledge_unanswered_pkey PRIMARY KEY (id),
    CONSTRAINT knowledge_unanswered_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE INDEX knowledge_unanswered_open_idx ON knowledge_unanswered (workspace_id, asked_at DESC)
    WHERE dismissed_at IS NULL;
