-- The users a channel knows by its own id (the API channel's external user ids): one visitor per id and inbox.
CREATE TABLE visitor_channel_contact
(
    workspace_id uuid        NOT NULL,
    inbox_id     uuid        NOT NULL,
    external_id  text        NOT NULL,
    visitor_id   uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT visitor_channel_contact_pkey PRIMARY KEY (inbox_id, external_id),
    CONSTRAINT visitor_channel_contact_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id),
    CONSTRAINT visitor_channel_contact_visitor_fkey FOREIGN KEY (workspace_id, visitor_id)
        REFERENCES visitor (workspace_id, id)
);
