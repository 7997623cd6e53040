-- API keys of API-channel inboxes: the SHA-256 of the secret (never the secret), its first characters to tell keys
-- apart, and when it was made, rotated, last used (to the minute) and revoked. A key belongs to one inbox of one
-- workspace.
CREATE TABLE inbox_api_key
(
    id           uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    inbox_id     uuid        NOT NULL,
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    secret_hash  text        NOT NULL,
    created_at   timestamptz NOT NULL,
    rotated_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT inbox_api_key_pkey PRIMARY KEY (id),
    CONSTRAINT inbox_api_key_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id),
    CONSTRAINT inbox_api_key_secret_hash_key UNIQUE (secret_hash)
);

CREATE INDEX inbox_api_key_inbox_idx ON inbox_api_key (workspace_id, inbox_id, created_at);
