package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.ChunkVectors.ChunkMatch;
import io.parley.knowledge.port.ChunkVectors.StaleDocument;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What both chunk vector stores promise, against a real PostgreSQL; subclasses make the store. */
abstract class ChunkVectorsContract {

    static final Model MODEL = new Model("test-model", 3, 0.5);
    static final Model OTHER_MODEL = new Model("other-model", 4, 0.5);

    VectorDatabase database;

    abstract ChunkVectors store();

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    WorkspaceId workspace() {
        var id = WorkspaceId.random();
        database.jdbc.sql("INSERT INTO workspace (id, name, created_at) VALUES (:id, 'w', now())")
                .param("id", id.value()).update();
        return id;
    }

    KnowledgeDocumentId document(WorkspaceId workspace) {
        var id = KnowledgeDocumentId.random();
        database.jdbc.sql("""
                INSERT INTO knowledge_document (id, workspace_id, title, file_name, format, size, status, chunks,
                    uploaded_at, updated_at)
                VALUES (:id, :workspace, 'Guide', 'guide.md', 'MARKDOWN', 10, 'PROCESSING', 0, now(), now())""")
                .param("id", id.value()).param("workspace", workspace.value()).update();
        return id;
    }

    DocumentChunkId chunk(WorkspaceId workspace, KnowledgeDocumentId document, float[] vector) {
        var id = DocumentChunkId.random();
        database.jdbc.sql("""
                INSERT INTO knowledge_chunk (id, workspace_id, document_id, position, text)
                VALUES (:id, :workspace, :document, 0, 'text')""")
                .param("id", id.value()).param("workspace", workspace.value()).param("document", document.value())
                .update();
        if (vector != null) {
            store().put(workspace, document, id, Map.of(MODEL, Vectors.unit(vector)));
        }
        return id;
    }

    @Test
    void ranksTheWorkspacesChunksByCosineBestFirst() {
        var workspace = workspace();
        var document = document(workspace);
        var north = chunk(workspace, document, new float[] {0, 1, 0});
        chunk(workspace, document, new float[] {1, 0, 0});
        var northEast = chunk(workspace, document, new float[] {1, 1, 0});

        var ranked = store().nearest(workspace, MODEL, Vectors.unit(new float[] {0.2f, 1, 0}), 2);

        assertThat(ranked).extracting(ChunkMatch::chunkId).containsExactly(north, northEast);
        assertThat(ranked.getFirst().score()).isCloseTo(0.98, within(0.01));
    }

    @Test
    void neverReturnsAnotherWorkspacesChunksEvenAmongMany() {
        var crowd = workspace();
        var crowded = document(crowd);
        var random = new Random(5);
        for (int i = 0; i < 300; i++) {
            chunk(crowd, crowded, new float[] {random.nextFloat(), random.nextFloat(), random.nextFloat()});
        }
        var mine = workspace();
        var own = chunk(mine, document(mine), new float[] {-1, -1, 0});

        var ranked = store().nearest(mine, MODEL, Vectors.unit(new float[] {1, 1, 1}), 5);

        assertThat(ranked).extracting(ChunkMatch::chunkId).containsExactly(own);
        assertThat(store().holdsAny(mine)).isTrue();
        assertThat(store().holdsAny(WorkspaceId.random())).isFalse();
    }

    @Test
    void forgetsTheChunksOfADeletedDocument() throws InterruptedException {
        var workspace = workspace();
        var kept = chunk(workspace, document(workspace), new float[] {1, 0, 0});
        var deleted = document(workspace);
        chunk(workspace, deleted, new float[] {1, 0.1f, 0});
        store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5);

        database.jdbc.sql("DELETE FROM knowledge_document WHERE id = :id").param("id", deleted.value()).update();
        Thread.sleep(PostgresKnowledgeVectors.RECHECK.toMillis() + 100);

        assertThat(database.jdbc.sql("SELECT count(*) FROM knowledge_chunk_embedding").query(Long.class).single())
                .as("the vectors go with their chunks").isEqualTo(1);
        assertThat(store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5))
                .extracting(ChunkMatch::chunkId).containsExactly(kept);
    }

    @Test
    void reportsDocumentsWithAChunkMissingAVectorForAModel() {
        var workspace = workspace();
        var complete = document(workspace);
        chunk(workspace, complete, new float[] {1, 0, 0});
        var partial = document(workspace);
        chunk(workspace, partial, new float[] {0, 1, 0});
        chunk(workspace, partial, null);

        assertThat(store().stale(List.of(MODEL), 10)).extracting(StaleDocument::documentId).containsExactly(partial);
        assertThat(store().stale(List.of(MODEL, OTHER_MODEL), 10)).extracting(StaleDocument::documentId)
                .containsExactlyInAnyOrder(complete, partial);
    }

    @Test
    void keepsAnEarlierModelsVectorsAnsweringUntilTheWorkspaceIsRetired() {
        var workspace = workspace();
        var document = document(workspace);
        var first = chunk(workspace, document, new float[] {1, 0, 0});
        chunk(workspace, document, new float[] {0, 1, 0});

        assertThat(store().stale(List.of(OTHER_MODEL), 10)).extracting(StaleDocument::documentId)
                .containsExactly(document);
        assertThat(store().coverage(workspace, List.of(OTHER_MODEL)))
                .isEqualTo(new KnowledgeVectors.Coverage(workspace, 2, 0));
        assertThat(store().holds(workspace, MODEL)).as("a new model's scan keeps the old vectors").isTrue();
        assertThat(store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5))
                .extracting(ChunkMatch::chunkId).startsWith(first);

        store().put(workspace, document, first, Map.of(OTHER_MODEL, Vectors.unit(new float[] {1, 0, 0, 0})));
        assertThat(store().coverage(List.of(OTHER_MODEL))).contains(new KnowledgeVectors.Coverage(workspace, 2, 1));
        store().retire(workspace, List.of(OTHER_MODEL));

        assertThat(store().holds(workspace, MODEL)).isFalse();
        assertThat(store().holds(workspace, OTHER_MODEL)).isTrue();
        assertThat(store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5)).isEmpty();
    }
}
