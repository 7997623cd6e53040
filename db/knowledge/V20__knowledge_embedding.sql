-- One vector per entry and embedding model. The model's name and dimensions are kept with each vector: after a
-- model change the application finds the entries without a current vector and embeds them again.
CREATE TABLE knowledge_embedding
(
    workspace_id     uuid        NOT NULL,
    entry_id         uuid        NOT NULL,
    model            text        NOT NULL,
    dimensions       integer     NOT NULL,
    -- little-endian float32, unit length
    vector           bytea       NOT NULL,
    -- the entry's updated_at when embedded: an older value means the vector is stale
    entry_updated_at timestamptz NOT NULL,
    CONSTRAINT knowledge_embedding_pkey PRIMARY KEY (entry_id, model),
    CONSTRAINT knowledge_embedding_entry_fkey FOREIGN KEY (workspace_id, entry_id)
        REFERENCES knowledge_entry (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX knowledge_embedding_workspace_model_idx ON knowledge_embedding (workspace_id, model);
