CREATE TABLE conversation
(
    id            uuid        NOT NULL,
    workspace_id  uuid        NOT NULL,
    inbox_id      uuid        NOT NULL,
    visitor_id    uuid        NOT NULL,
    status        text        NOT NULL,
    assignee_id   uuid,
    last_sequence bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT conversation_pkey PRIMARY KEY (id),
    CONSTRAINT conversation_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT conversation_workspace_id_key UNIQUE (workspace_id, id),
    -- inbox, visitor and assignee must all belong to the conversation's own workspace
    CONSTRAINT conversation_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id),
    CONSTRAINT conversation_visitor_fkey FOREIGN KEY (workspace_id, visitor_id) REFERENCES visitor (workspace_id, id),
    CONSTRAINT conversation_assignee_fkey FOREIGN KEY (workspace_id, assignee_id) REFERENCES agent (workspace_id, id),
    CONSTRAINT conversation_status_check CHECK (status IN ('BOT', 'WAITING', 'ASSIGNED', 'RESOLVED')),
    CONSTRAINT conversation_assignee_check
        CHECK (status = 'RESOLVED' OR (status = 'ASSIGNED') = (assignee_id IS NOT NULL)),
    CONSTRAINT conversation_last_sequence_check CHECK (last_sequence >= 0)
);

-- The agent console's lists: by status, by assignee, by visitor; newest activity first.
CREATE INDEX conversation_by_status ON conversation (workspace_id, status, updated_at DESC);
CREATE INDEX conversation_by_assignee ON conversation (workspace_id, assignee_id, updated_at DESC);
CREATE INDEX conversation_by_visitor ON conversation (workspace_id, visitor_id);

-- Messages are written once and read by sequence range, so they live apart from the conversation row.
CREATE TABLE message
(
    id                uuid        NOT NULL,
    workspace_id      uuid        NOT NULL,
    conversation_id   uuid        NOT NULL,
    sequence          bigint      NOT NULL,
    client_message_id text        NOT NULL,
    author_kind       text        NOT NULL,
    author_id         text,
    kind              text        NOT NULL,
    body              text        NOT NULL,
    created_at        timestamptz NOT NULL,
    CONSTRAINT message_pkey PRIMARY KEY (id),
    CONSTRAINT message_conversation_fkey FOREIGN KEY (workspace_id, conversation_id)
        REFERENCES conversation (workspace_id, id),
    -- also the index behind every history read: (conversation_id, sequence) ranges
    CONSTRAINT message_sequence_key UNIQUE (conversation_id, sequence),
    -- a client's retry of the same send stores nothing new
    CONSTRAINT message_client_message_id_key UNIQUE (conversation_id, client_message_id),
    CONSTRAINT message_sequence_check CHECK (sequence >= 1),
    CONSTRAINT message_author_kind_check CHECK (author_kind IN ('VISITOR', 'AGENT', 'BOT', 'SYSTEM')),
    CONSTRAINT message_author_id_check CHECK (author_kind IN ('BOT', 'SYSTEM') OR author_id IS NOT NULL),
    CONSTRAINT message_kind_check CHECK (kind IN ('TEXT', 'NOTE'))
);
