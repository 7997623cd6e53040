-- Presence shared by the nodes of a cluster: a lease per agent and node holding a console connection of theirs,
-- renewed by the node while it runs. A node that dies leaves leases that expire (expires_at, on the database's
-- clock); readers ignore expired ones and any node deletes them.
CREATE TABLE agent_presence
(
    node_id      text        NOT NULL,
    agent_id     uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    status       text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    CONSTRAINT agent_presence_pkey PRIMARY KEY (agent_id, node_id),
    CONSTRAINT agent_presence_agent_fkey FOREIGN KEY (workspace_id, agent_id)
        REFERENCES agent (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT agent_presence_status_check CHECK (status IN ('ONLINE', 'AWAY', 'OFFLINE'))
);

CREATE INDEX agent_presence_by_workspace ON agent_presence (workspace_id, expires_at);
CREATE INDEX agent_presence_by_node ON agent_presence (node_id);
CREATE INDEX agent_presence_by_expiry ON agent_presence (expires_at);
