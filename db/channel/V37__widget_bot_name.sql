-- The bot's name shown beside its answers; none means the widget's built-in "Assistant".
ALTER TABLE widget_settings ADD COLUMN bot_name text;
ALTER TABLE widget_settings ADD CONSTRAINT widget_settings_bot_name_check CHECK (length(bot_name) <= 40);
