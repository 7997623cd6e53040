package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.knowledge.adapter.ai.KnowledgeVectorsConfiguration.Store;
import io.parley.knowledge.adapter.ai.KnowledgeVectorsConfiguration.VectorStoreProperties;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.knowledge.model.Script;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-process index over vectors stored in PostgreSQL: the path taken where pgvector is missing. */
class InProcessKnowledgeVectorsTests extends KnowledgeVectorsContract {

    private KnowledgeVectors store;

    @BeforeEach
    void databaseWithoutPgvectorColumn() {
        database = VectorDatabase.migratedTo(20);
        store = new PostgresKnowledgeVectors(database.jdbc);
    }

    @Override
    KnowledgeVectors store() {
        return store;
    }

    private KnowledgeVectors chosen(Store choice) {
        return new KnowledgeVectorsConfiguration().knowledgeVectors(database.jdbc, database.transactions,
                new FixedModels(), new VectorStoreProperties(choice));
    }

    @Test
    void isChosenWhenTheDatabaseHasNoPgvectorColumn() {
        assertThat(chosen(Store.AUTO)).isInstanceOf(PostgresKnowledgeVectors.class);
    }

    @Test
    void refusesToStartWhenPgvectorIsDemandedButMissing() {
        assertThatThrownBy(() -> chosen(Store.PGVECTOR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extension \"vector\"");
    }

    private static final class FixedModels implements EmbedText {
        @Override
        public List<Model> models() {
            return List.of(MODEL);
        }

        @Override
        public Model modelFor(Script script) {
            return MODEL;
        }

        @Override
        public float[] embed(Model model, String text) {
            return new float[] {1, 0, 0};
        }
    }
}
