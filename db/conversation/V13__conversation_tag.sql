-- Agents' labels on conversations, lower case; a conversation has each tag at most once.
CREATE TABLE conversation_tag
(
    conversation_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    tag             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversation_tag_pkey PRIMARY KEY (conversation_id, tag),
    CONSTRAINT conversation_tag_conversation_fkey FOREIGN KEY (workspace_id, conversation_id)
        REFERENCES conversation (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT conversation_tag_tag_check CHECK (length(tag) BETWEEN 1 AND 32 AND tag = lower(tag))
);

-- filtering a workspace's conversations by tag
CREATE INDEX conversation_tag_by_tag ON conversation_tag (workspace_id, tag);
