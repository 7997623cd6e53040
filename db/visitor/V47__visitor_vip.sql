-- A VIP visitor is served by people: the bot hands their conversations over at once where the inbox says so.
ALTER TABLE visitor
    ADD COLUMN vip boolean NOT NULL DEFAULT false;
