CREATE TABLE knowledge_entry
(
    id           uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    question     text        NOT NULL,
    answer       text        NOT NULL,
    alternatives text[]      NOT NULL DEFAULT '{}',
    tags         text[]      NOT NULL DEFAULT '{}',
    enabled      boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT knowledge_entry_pkey PRIMARY KEY (id),
    CONSTRAINT knowledge_entry_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    -- also serves the per-workspace listing
    CONSTRAINT knowledge_entry_workspace_id_key UNIQUE (workspace_id, id)
);
