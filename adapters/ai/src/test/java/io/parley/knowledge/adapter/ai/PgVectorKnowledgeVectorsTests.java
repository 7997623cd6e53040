package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.port.KnowledgeVectors;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PgVectorKnowledgeVectorsTests extends KnowledgeVectorsContract {

    private KnowledgeVectors store;

    @BeforeEach
    void pgvectorDatabase() {
        database = VectorDatabase.migratedTo(21);
        database.requirePgvector();
        store = new PgVectorKnowledgeVectors(database.jdbc, database.transactions, List.of(MODEL, OTHER_MODEL));
    }

    @Override
    KnowledgeVectors store() {
        return store;
    }

    @Test
    void makesOneHnswCosineIndexPerModel() {
        var definitions = database.jdbc.sql("""
                SELECT indexdef FROM pg_indexes WHERE tablename = 'knowledge_embedding' AND indexdef LIKE '%hnsw%'""")
                .query(String.class).list();

        assertThat(definitions).hasSize(2).allMatch(d -> d.contains("vector_cosine_ops"))
                .anyMatch(d -> d.contains("vector(3)") && d.contains("'test-model'"))
                .anyMatch(d -> d.contains("vector(4)") && d.contains("'other-model'"));
    }

    @Test
    void searchesThroughTheHnswIndexWhenAModelHasManyRows() {
        var workspace = workspace();
        var random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            entry(workspace, NOW, new float[] {random.nextFloat(), random.nextFloat(), random.nextFloat()});
        }
        database.jdbc.sql("ANALYZE knowledge_embedding").update();
        String plan = database.transactions.execute(status -> {
            database.jdbc.sql("SET LOCAL enable_sort = off").update();
            return String.join("\n", database.jdbc.sql("EXPLAIN SELECT entry_id FROM knowledge_embedding"
                    + " WHERE model = 'test-model' AND dimensions = 3 ORDER BY embedding::vector(3)"
                    + " <=> '[1,0,0]'::vector(3) LIMIT 5").query(String.class).list());
        });

        assertThat(plan).contains(PgVectorKnowledgeVectors.indexName(MODEL));
    }

    @Test
    void dropsRowsStoredBeforeThePgvectorColumnSoTheyAreEmbeddedAgain() {
        var workspace = workspace();
        var entry = entry(workspace, NOW, new float[] {1, 0, 0});
        database.jdbc.sql("UPDATE knowledge_embedding SET embedding = NULL").update();

        var reopened = new PgVectorKnowledgeVectors(database.jdbc, database.transactions, List.of(MODEL));

        assertThat(reopened.stale(List.of(MODEL), 10)).extracting(KnowledgeVectors.StaleEntry::entryId)
                .containsExactly(entry);
    }
}
