-- The hosts the bot's answers may link to (help.example.com, or *.example.com for the hosts below it); links to any
-- other host are taken out of its answers. None, the default, means its answers carry no links.
ALTER TABLE workspace
    ADD COLUMN allowed_link_hosts text[] NOT NULL DEFAULT '{}';
