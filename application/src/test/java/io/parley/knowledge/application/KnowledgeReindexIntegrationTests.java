package io.parley.knowledge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.KnowledgeDesk;
import io.parley.knowledge.port.EmbedText;
import io.parley.testing.ParleyIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Vectors record the model that made them: after a model change every entry is embedded again. */
class KnowledgeReindexIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    KnowledgeIndexer indexer;

    @Autowired
    EmbedText embeddings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void vectorsOfAnotherModelAreReplacedByTheCurrentModels() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        UUID entry = UUID.fromString(desk.write("Do you issue invoices?", "Yes, under My orders."));
        jdbc.sql("UPDATE knowledge_embedding SET model = 'retired-model' WHERE entry_id = :entry AND model = :model")
                .param("entry", entry).param("model", embeddings.models().getFirst().name()).update();

        indexer.catchUp();

        var models = jdbc.sql("SELECT model FROM knowledge_embedding WHERE entry_id = :entry ORDER BY model")
                .param("entry", entry).query(String.class).list();
        assertThat(models).containsExactlyInAnyOrderElementsOf(
                embeddings.models().stream().map(EmbedText.Model::name).toList());
    }
}
