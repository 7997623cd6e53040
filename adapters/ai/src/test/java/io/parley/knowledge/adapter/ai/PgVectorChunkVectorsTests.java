package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.port.ChunkVectors;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PgVectorChunkVectorsTests extends ChunkVectorsContract {

    private ChunkVectors store;

    @BeforeEach
    void pgvectorDatabase() {
        database = VectorDatabase.migratedTo(41);
        database.requirePgvector();
        store = new PgVectorChunkVectors(database.jdbc, database.transactions, List.of(MODEL, OTHER_MODEL));
    }

    @Override
    ChunkVectors store() {
        return store;
    }

    @Test
    void makesOneHnswCosineIndexPerModelOnTheChunkVectors() {
        var definitions = database.jdbc.sql("""
                SELECT indexdef FROM pg_indexes WHERE tablename = 'knowledge_chunk_embedding'
                AND indexdef LIKE '%hnsw%'""").query(String.class).list();

        assertThat(definitions).hasSize(2).allMatch(d -> d.contains("vector_cosine_ops"))
                .anyMatch(d -> d.contains("vector(3)") && d.contains("'test-model'"));
        assertThat(KnowledgeVectorsConfiguration.pgvectorColumn(database.jdbc, "knowledge_chunk_embedding")).isTrue();
    }
}
