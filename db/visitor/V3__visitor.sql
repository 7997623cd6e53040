CREATE TABLE visitor
(
    id             uuid        NOT NULL,
    workspace_id   uuid        NOT NULL,
    first_inbox_id uuid        NOT NULL,
    name           text,
    email          text,
    first_seen_at  timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    CONSTRAINT visitor_pkey PRIMARY KEY (id),
    CONSTRAINT visitor_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT visitor_workspace_id_key UNIQUE (workspace_id, id),
    -- the inbox must belong to the visitor's own workspace
    CONSTRAINT visitor_first_inbox_fkey FOREIGN KEY (workspace_id, first_inbox_id) REFERENCES inbox (workspace_id, id)
);
