-- The channel port (docs/extending.md): replies going out through a conversation's channel, one row per message,
-- written in the transaction that stores the message (an outbox), with the state agents see next to the message.
CREATE TABLE channel_delivery
(
    message_id          uuid        NOT NULL,
    workspace_id        uuid        NOT NULL,
    conversation_id     uuid        NOT NULL,
    inbox_id            uuid        NOT NULL,
    visitor_id          uuid        NOT NULL,
    channel             text        NOT NULL,
    sequence            bigint      NOT NULL,
    author_kind         text        NOT NULL,
    author_id           text,
    body                text        NOT NULL,
    message_created_at  timestamptz NOT NULL,
    state               text        NOT NULL,
    attempts            int         NOT NULL DEFAULT 0,
    step                int         NOT NULL DEFAULT 0,
    reason              text,
    next_attempt_at     timestamptz,
    platform_message_id text,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT channel_delivery_pkey PRIMARY KEY (message_id)
);

CREATE INDEX channel_delivery_due ON channel_delivery (next_attempt_at) WHERE state IN ('QUEUED', 'RETRYING');
CREATE INDEX channel_delivery_by_conversation ON channel_delivery (conversation_id, sequence);

-- The platform message ids an inbox has met: a channel's redelivery stores nothing, on any node.
CREATE TABLE channel_receipt
(
    inbox_id            uuid        NOT NULL,
    platform_message_id text        NOT NULL,
    workspace_id        uuid        NOT NULL,
    conversation_id     uuid,
    message_id          uuid,
    claimed_at          timestamptz NOT NULL,
    CONSTRAINT channel_receipt_pkey PRIMARY KEY (inbox_id, platform_message_id)
);
