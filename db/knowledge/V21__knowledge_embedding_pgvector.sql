-- pgvector, where the server has it: a vector column beside the stored bytes, searched by the database (the
-- application checks for the column at start-up). Where the extension is missing, or may not be created by this
-- user, nothing changes and the application keeps its in-process index; the migration never fails for that.
DO
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')
        AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
        BEGIN
            CREATE EXTENSION vector;
        EXCEPTION
            WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
                RAISE NOTICE 'pgvector not enabled (%): knowledge retrieval stays in-process', SQLERRM;
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
        -- no fixed dimensions: each model's rows are indexed by a partial HNSW index cast to its dimensions
        EXECUTE 'ALTER TABLE knowledge_embedding ADD COLUMN IF NOT EXISTS embedding vector';
    END IF;
END
$$;
