-- Agents' pictures, kept in PostgreSQL: the default deployment has no object storage, and a picture is small
-- (at most 256 KB, checked by the application and again here). Stored once per workspace and digest (the SHA-256
-- of the bytes, which also names the picture in its URL); an agent points at the one they show.
CREATE TABLE agent_avatar
(
    workspace_id uuid        NOT NULL,
    digest       text        NOT NULL,
    format       text        NOT NULL,
    image        bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT agent_avatar_pkey PRIMARY KEY (workspace_id, digest),
    CONSTRAINT agent_avatar_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
    CONSTRAINT agent_avatar_digest_check CHECK (digest ~ '^[0-9a-f]{64}$'),
    CONSTRAINT agent_avatar_format_check CHECK (format IN ('PNG', 'JPEG', 'WEBP')),
    CONSTRAINT agent_avatar_size_check CHECK (octet_length(image) BETWEEN 1 AND 262144)
);

-- pictures are served by digest alone
CREATE INDEX agent_avatar_by_digest ON agent_avatar (digest);

ALTER TABLE agent ADD COLUMN avatar_digest text;
ALTER TABLE agent ADD CONSTRAINT agent_avatar_fkey FOREIGN KEY (workspace_id, avatar_digest)
    REFERENCES agent_avatar (workspace_id, digest);
