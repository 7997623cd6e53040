package io.parley.knowledge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.KnowledgeDesk;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeVectors;
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

    @Autowired
    KnowledgeVectors vectors;

    @Test
    void vectorsOfAnotherModelAreReplacedByTheCurrentModels() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        UUID entry = UUID.fromString(desk.write("Do you issue invoices?", "Yes, under My orders."));
        assertThat(vectors.stale(embeddings.models(), 10_000)).as("a freshly indexed entry is current")
                .noneMatch(stale -> stale.entryId().value().equals(entry));
        jdbc.sql("UPDATE knowledge_embedding SET model = 'retired-model' WHERE entry_id = :entry AND model = :model")
                .param("entry", entry).param("model", embeddings.models().getFirst().name()).update();

        indexer.catchUp();

        var models = jdbc.sql("SELECT model FROM knowledge_embedding WHERE entry_id = :entry ORDER BY model")
                .param("entry", entry).query(String.class).list();
        assertThat(models).containsExactlyInAnyOrderElementsOf(
                embeddings.models().stream().map(EmbedText.Model::name).toList());
    }

    @Test
    void changesStoredByAnotherNodeReachThisNodesIndexWithinSeconds() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String entry = desk.write("Can I download videos?", "Yes, in the app for offline viewing.");

        // what another node does when the entry is disabled there: its vectors leave the table
        jdbc.sql("DELETE FROM knowledge_embedding WHERE entry_id = :entry").param("entry", UUID.fromString(entry))
                .update();

        var tried = KnowledgeDesk.await(KnowledgeDesk.PATIENCE, () -> desk.tryIt("Can I download videos?"),
                reply -> !reply.path("candidates").toString().contains(entry));
        assertThat(tried.path("candidates").toString()).doesNotContain(entry);
    }
}
