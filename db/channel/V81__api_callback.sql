-- The callback URL of an API inbox: agents' and the bot's replies are POSTed there, signed with its secret.
CREATE TABLE api_callback
(
    inbox_id     uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    url          text        NOT NULL,
    secret       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT api_callback_pkey PRIMARY KEY (inbox_id),
    CONSTRAINT api_callback_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id)
        ON DELETE CASCADE
);
