-- Tenants. Every tenant-owned table below carries workspace_id.
CREATE TABLE workspace
(
    id              uuid        NOT NULL,
    name            text        NOT NULL,
    allowed_origins text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    CONSTRAINT workspace_pkey PRIMARY KEY (id)
);

-- The oldest workspace marks a completed first start.
CREATE INDEX workspace_by_created_at ON workspace (created_at, id);
