CREATE TABLE agent
(
    id              uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    email           text        NOT NULL,
    display_name    text        NOT NULL,
    role            text        NOT NULL,
    password_hash   text        NOT NULL,
    enabled         boolean     NOT NULL,
    failed_sign_ins integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT agent_pkey PRIMARY KEY (id),
    CONSTRAINT agent_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT agent_workspace_id_key UNIQUE (workspace_id, id),
    CONSTRAINT agent_role_check CHECK (role IN ('ADMIN', 'SUPERVISOR', 'AGENT')),
    CONSTRAINT agent_failed_sign_ins_check CHECK (failed_sign_ins >= 0)
);

-- Sign-in looks agents up by address across the installation, ignoring case.
CREATE UNIQUE INDEX agent_email_key ON agent (lower(email));

-- A signed-in console, stored by the hash of its bearer token.
CREATE TABLE agent_session
(
    token_hash   text        NOT NULL,
    agent_id     uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    role         text        NOT NULL,
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    CONSTRAINT agent_session_pkey PRIMARY KEY (token_hash),
    CONSTRAINT agent_session_agent_fkey FOREIGN KEY (workspace_id, agent_id)
        REFERENCES agent (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT agent_session_role_check CHECK (role IN ('ADMIN', 'SUPERVISOR', 'AGENT'))
);

CREATE INDEX agent_session_by_agent ON agent_session (agent_id);
-- for purging expired sessions
CREATE INDEX agent_session_by_expiry ON agent_session (expires_at);
