-- How each web-widget inbox's widget looks and greets, and which fields its pre-chat form asks for. No row means
-- the defaults. The checks repeat the domain's rules so that nothing written around the application breaks widgets.
CREATE TABLE widget_settings
(
    inbox_id        uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    colour          text        NOT NULL,
    position        text        NOT NULL,
    greeting_en     text,
    greeting_zh     text,
    show_agent_name boolean     NOT NULL,
    pre_chat_name   text        NOT NULL,
    pre_chat_email  text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT widget_settings_pkey PRIMARY KEY (inbox_id),
    CONSTRAINT widget_settings_inbox_fkey FOREIGN KEY (workspace_id, inbox_id) REFERENCES inbox (workspace_id, id)
        ON DELETE CASCADE,
    CONSTRAINT widget_settings_colour_check CHECK (colour ~ '^#[0-9a-f]{6}$'),
    CONSTRAINT widget_settings_position_check CHECK (position IN ('LEFT', 'RIGHT')),
    CONSTRAINT widget_settings_greeting_check CHECK (length(greeting_en) <= 300 AND length(greeting_zh) <= 300),
    CONSTRAINT widget_settings_pre_chat_check CHECK (pre_chat_name IN ('HIDDEN', 'OPTIONAL', 'REQUIRED')
        AND pre_chat_email IN ('HIDDEN', 'OPTIONAL', 'REQUIRED'))
);
