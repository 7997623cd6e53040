-- How many hours after a resolve a visitor's follow-up reopens the conversation (0: never); NULL means the
-- installation's default (parley.conversation.reopen-window).
ALTER TABLE widget_settings
    ADD COLUMN reopen_window_hours integer,
    ADD CONSTRAINT widget_settings_reopen_window_check CHECK (reopen_window_hours BETWEEN 0 AND 720);
