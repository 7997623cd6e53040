-- Inboxes whose conversations come from a WeChat Mini Program's customer-service messages.
ALTER TABLE inbox DROP CONSTRAINT inbox_channel_check;
ALTER TABLE inbox ADD CONSTRAINT inbox_channel_check
    CHECK (channel IN ('WEB_WIDGET', 'API', 'WECHAT', 'DINGTALK', 'FEISHU', 'WECHAT_MINI_PROGRAM'));
