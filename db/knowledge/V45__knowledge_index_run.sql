-- The last index run of each workspace: after an embedding model change every workspace is embedded again in the
-- background (its vectors of the previous model keep answering until the run is complete), and an administrator can
-- ask for every entry to be embedded again. Progress is shown in the console.
CREATE TABLE knowledge_index_run
(
    workspace_id uuid        NOT NULL,
    -- the models the run embeds with, as "name (dimensions)", comma separated
    models       text        NOT NULL,
    kind         text        NOT NULL,
    state        text        NOT NULL,
    total        integer     NOT NULL,
    done         integer     NOT NULL,
    failed       integer     NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    last_error   text,
    CONSTRAINT knowledge_index_run_pkey PRIMARY KEY (workspace_id),
    CONSTRAINT knowledge_index_run_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id)
        ON DELETE CASCADE,
    CONSTRAINT knowledge_index_run_kind_check CHECK (kind IN ('CATCH_UP', 'REBUILD')),
    CONSTRAINT knowledge_index_run_state_check CHECK (state IN ('INDEXING', 'RETRYING', 'COMPLETE')),
    CONSTRAINT knowledge_index_run_counts_check CHECK (total >= 0 AND done >= 0 AND failed >= 0)
);
