CREATE TABLE inbox
(
    id           uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    name         text        NOT NULL,
    channel      text        NOT NULL,
    widget_key   text,
    bot_first    boolean     NOT NULL,
    enabled      boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT inbox_pkey PRIMARY KEY (id),
    CONSTRAINT inbox_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    -- target of the (workspace_id, inbox_id) foreign keys that keep other tables inside one tenant;
    -- also serves the per-workspace listing
    CONSTRAINT inbox_workspace_id_key UNIQUE (workspace_id, id),
    CONSTRAINT inbox_widget_key_key UNIQUE (widget_key),
    CONSTRAINT inbox_channel_check CHECK (channel IN ('WEB_WIDGET', 'API', 'WECHAT', 'DINGTALK', 'FEISHU')),
    CONSTRAINT inbox_widget_key_for_widgets CHECK ((channel = 'WEB_WIDGET') = (widget_key IS NOT NULL))
);
