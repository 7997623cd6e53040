-- Texts agents insert by typing "/" and a shortcut: SHARED ones belong to the workspace (no owner), PERSONAL ones
-- to one agent. A shortcut is unique among the workspace's shared replies and among each agent's personal ones;
-- a personal reply may reuse a shared shortcut.
CREATE TABLE canned_reply
(
    id           uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    scope        text        NOT NULL,
    owner_id     uuid,
    shortcut     text        NOT NULL,
    text         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT canned_reply_pkey PRIMARY KEY (id),
    CONSTRAINT canned_reply_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT canned_reply_owner_fkey FOREIGN KEY (workspace_id, owner_id)
        REFERENCES agent (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT canned_reply_scope_check CHECK ((scope = 'SHARED' AND owner_id IS NULL)
        OR (scope = 'PERSONAL' AND owner_id IS NOT NULL)),
    CONSTRAINT canned_reply_shortcut_check CHECK (length(shortcut) BETWEEN 1 AND 32 AND shortcut = lower(shortcut)),
    CONSTRAINT canned_reply_text_check CHECK (length(text) BETWEEN 1 AND 4000)
);

CREATE UNIQUE INDEX canned_reply_shared_shortcut_key ON canned_reply (workspace_id, shortcut) WHERE scope = 'SHARED';
CREATE UNIQUE INDEX canned_reply_personal_shortcut_key ON canned_reply (workspace_id, owner_id, shortcut)
    WHERE scope = 'PERSONAL';
