-- Page origins a workspace turned away (the widget on a page that is not allowed), so that an administrator can
-- allow one with a click. One row per origin with a count; only the 20 most recently refused are kept per workspace.
CREATE TABLE refused_origin
(
    workspace_id     uuid        NOT NULL,
    origin           text        NOT NULL,
    refusals         bigint      NOT NULL,
    last_refused_at  timestamptz NOT NULL,
    CONSTRAINT refused_origin_pkey PRIMARY KEY (workspace_id, origin),
    CONSTRAINT refused_origin_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
);

CREATE INDEX refused_origin_recent ON refused_origin (workspace_id, last_refused_at DESC);
