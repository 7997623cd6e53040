package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.ChunkVectors;
import org.junit.jupiter.api.BeforeEach;

class InProcessChunkVectorsTests extends ChunkVectorsContract {

    private ChunkVectors store;

    @BeforeEach
    void database() {
        database = VectorDatabase.migratedTo(40);
        store = new PostgresChunkVectors(database.jdbc);
    }

    @Override
    ChunkVectors store() {
        return store;
    }
}
