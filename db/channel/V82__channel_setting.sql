-- The settings of the messaging platform behind an inbox (app ids, secrets, callback tokens, AES keys), one row per
-- setting: written by administrators, read by the channel's adapter.
CREATE TABLE channel_setting
(
    inbox_id     uuid        NOT NULL,
    name         text        NOT NULL,
    workspace_id uuid        NOT NULL,
    value        text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT channel_setting_pkey PRIMARY KEY (inbox_id, name),
    CONSTRAINT channel_setting_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id)
        ON DELETE CASCADE
);
