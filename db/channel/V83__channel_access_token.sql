-- Access tokens a messaging platform issued for an inbox's app, shared by every node; the row's lock makes one node
-- at a time fetch a new one.
CREATE TABLE channel_access_token
(
    inbox_id   uuid NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    name       text NOT NULL,
    token      text,
    expires_at timestamptz,
    CONSTRAINT channel_access_token_pkey PRIMARY KEY (inbox_id, name)
);
