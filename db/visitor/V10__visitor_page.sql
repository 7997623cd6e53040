-- Where a visitor is: the page the widget last reported (URL, title, referrer) and the browser's user agent,
-- shown to agents next to the conversation. One row per visitor, replaced on every report; stored as given.
CREATE TABLE visitor_page
(
    visitor_id   uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    page_url     text,
    page_title   text,
    referrer     text,
    user_agent   text,
    reported_at  timestamptz NOT NULL,
    CONSTRAINT visitor_page_pkey PRIMARY KEY (visitor_id),
    CONSTRAINT visitor_page_visitor_fkey FOREIGN KEY (workspace_id, visitor_id) REFERENCES visitor (workspace_id, id)
        ON DELETE CASCADE
);
