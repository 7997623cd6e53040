-- Agents search conversations by the visitor's name or e-mail and by message text, as substrings (ILIKE '%...%').
-- Trigram indexes serve such patterns; pg_trgm ships with PostgreSQL's contrib modules and is a trusted extension,
-- but a server without it still works: the search then scans the workspace's rows.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): conversation search runs without trigram indexes', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX message_body_trgm ON message USING gin (body gin_trgm_ops);
        CREATE INDEX visitor_name_trgm ON visitor USING gin (name gin_trgm_ops);
        CREATE INDEX visitor_email_trgm ON visitor USING gin (email gin_trgm_ops);
    END IF;
END
$$;
