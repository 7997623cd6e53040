-- Documents the bot answers from besides its entries: the uploaded file as it came (to split it again later), and
-- its text split into chunks. Deleting a document deletes its chunks and their vectors.
CREATE TABLE knowledge_document
(
    id           uuid        NOT NULL,
    workspace_id uuid        NOT NULL,
    title        text        NOT NULL,
    file_name    text        NOT NULL,
    format       text        NOT NULL,
    size         bigint      NOT NULL,
    status       text        NOT NULL,
    chunks       integer     NOT NULL,
    error        text,
    uploaded_at  timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT knowledge_document_pkey PRIMARY KEY (id),
    CONSTRAINT knowledge_document_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT knowledge_document_workspace_id_key UNIQUE (workspace_id, id)
);

CREATE INDEX knowledge_document_processing_idx ON knowledge_document (updated_at) WHERE status = 'PROCESSING';

-- Kept apart so that listing documents never reads the files.
CREATE TABLE knowledge_document_file
(
    document_id  uuid  NOT NULL,
    workspace_id uuid  NOT NULL,
    content      bytea NOT NULL,
    CONSTRAINT knowledge_document_file_pkey PRIMARY KEY (document_id),
    CONSTRAINT knowledge_document_file_document_fkey FOREIGN KEY (workspace_id, document_id)
        REFERENCES knowledge_document (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE knowledge_chunk
(
    id           uuid    NOT NULL,
    workspace_id uuid    NOT NULL,
    document_id  uuid    NOT NULL,
    position     integer NOT NULL,
    -- the headings above the chunk, outermost first
    headings     text[]  NOT NULL DEFAULT '{}',
    text         text    NOT NULL,
    CONSTRAINT knowledge_chunk_pkey PRIMARY KEY (id),
    CONSTRAINT knowledge_chunk_document_fkey FOREIGN KEY (workspace_id, document_id)
        REFERENCES knowledge_document (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT knowledge_chunk_workspace_id_key UNIQUE (workspace_id, id)
);

CREATE INDEX knowledge_chunk_document_idx ON knowledge_chunk (document_id, position);

-- One vector per chunk and embedding model, like knowledge_embedding for entries. Chunks never change (splitting a
-- document again makes new chunks), so a vector is current once it exists; embedded_at only stamps the rows so that
-- an in-process index notices others' changes.
CREATE TABLE knowledge_chunk_embedding
(
    workspace_id uuid        NOT NULL,
    chunk_id     uuid        NOT NULL,
    document_id  uuid        NOT NULL,
    model        text        NOT NULL,
    dimensions   integer     NOT NULL,
    -- little-endian float32, unit length
    vector       bytea       NOT NULL,
    embedded_at  timestamptz NOT NULL,
    CONSTRAINT knowledge_chunk_embedding_pkey PRIMARY KEY (chunk_id, model),
    CONSTRAINT knowledge_chunk_embedding_chunk_fkey FOREIGN KEY (workspace_id, chunk_id)
        REFERENCES knowledge_chunk (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX knowledge_chunk_embedding_workspace_model_idx ON knowledge_chunk_embedding (workspace_id, model);
