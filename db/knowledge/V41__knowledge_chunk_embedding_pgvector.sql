-- pgvector for document chunks, exactly as V21 for entries: where the extension exists (V21 created it where it
-- could), a dimension-less vector column beside the stored bytes, indexed per model by the application at start-up.
-- Without pgvector nothing changes and the chunks are searched in process; the migration never fails for that.
DO
$$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
        EXECUTE 'ALTER TABLE knowledge_chunk_embedding ADD COLUMN IF NOT EXISTS embedding vector';
    END IF;
END
$$;
