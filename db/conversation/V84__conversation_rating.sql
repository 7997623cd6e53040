-- Satisfaction ratings (CSAT): one per conversation, given by its visitor once it is resolved.
CREATE TABLE conversation_rating
(
    conversation_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    inbox_id        uuid        NOT NULL,
    visitor_id      uuid        NOT NULL,
    score           smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment         text,
    rated_at        timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT conversation_rating_pkey PRIMARY KEY (conversation_id)
);

CREATE INDEX conversation_rating_by_workspace ON conversation_rating (workspace_id, rated_at);
