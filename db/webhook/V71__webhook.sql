-- Outbound webhooks: a workspace's endpoints, the outbox of deliveries and the log of their attempts.
CREATE TABLE webhook_endpoint
(
    id                         uuid        NOT NULL,
    workspace_id               uuid        NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    url                        text        NOT NULL,
    description                text        NOT NULL DEFAULT '',
    events                     text[]      NOT NULL,
    secret                     text        NOT NULL,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    enabled                    boolean     NOT NULL,
    disabled_reason            text,
    disabled_at                timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    CONSTRAINT webhook_endpoint_pkey PRIMARY KEY (id)
);

CREATE INDEX webhook_endpoint_by_workspace ON webhook_endpoint (workspace_id, created_at);

-- One row per event and subscribed endpoint, written when the event is handled (see docs/webhooks.md): the outbox.
-- event_key makes a second recording of the same event for the same endpoint a no-op.
CREATE TABLE webhook_delivery
(
    id              uuid        NOT NULL,
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    workspace_id    uuid        NOT NULL,
    event_type      text        NOT NULL,
    event_key       text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL,
    attempts        int         NOT NULL DEFAULT 0,
    step            int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    CONSTRAINT webhook_delivery_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event_key)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, created_at DESC);
CREATE INDEX webhook_delivery_finished ON webhook_delivery (completed_at) WHERE status <> 'PENDING';

CREATE TABLE webhook_attempt
(
    delivery_id       uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt           int         NOT NULL,
    attempted_at      timestamptz NOT NULL,
    duration_ms       bigint      NOT NULL,
    webhook_timestamp bigint      NOT NULL,
    response_status   int,
    response_body     text,
    error             text,
    CONSTRAINT webhook_attempt_pkey PRIMARY KEY (delivery_id, attempt)
);
