package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.knowledge.port.KnowledgeVectors.Match;
import io.parley.knowledge.port.KnowledgeVectors.StaleEntry;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What both vector stores promise, against a real PostgreSQL; subclasses make the store. */
abstract class KnowledgeVectorsContract {

    static final Model MODEL = new Model("test-model", 3, 0.5);
    static final Model OTHER_MODEL = new Model("other-model", 4, 0.5);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    VectorDatabase database;

    abstract KnowledgeVectors store();

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

    KnowledgeEntryId entry(WorkspaceId workspace, Instant updatedAt, float[] vector) {
        var id = KnowledgeEntryId.random();
        database.jdbc.sql("""
                INSERT INTO knowledge_entry (id, workspace_id, question, answer, enabled, created_at, updated_at)
                VALUES (:id, :workspace, 'q', 'a', true, :at, :at)""")
                .param("id", id.value()).param("workspace", workspace.value()).param("at", Timestamp.from(updatedAt))
                .update();
        if (vector != null) {
            store().put(workspace, id, updatedAt, Map.of(MODEL, Vectors.unit(vector)));
        }
        return id;
    }

    @Test
    void ranksTheWorkspacesEntriesByCosineBestFirst() {
        var workspace = workspace();
        var north = entry(workspace, NOW, new float[] {0, 1, 0});
        var east = entry(workspace, NOW, new float[] {1, 0, 0});
        var northEast = entry(workspace, NOW, new float[] {1, 1, 0});

        List<Match> ranked = store().nearest(workspace, MODEL, Vectors.unit(new float[] {0.2f, 1, 0}), 2);

        assertThat(ranked).extracting(Match::entryId).containsExactly(north, northEast);
        assertThat(ranked.getFirst().score()).isCloseTo(0.98, within(0.01));
        assertThat(ranked).extracting(Match::entryId).doesNotContain(east);
    }

    @Test
    void neverReturnsAnotherWorkspacesEntries() {
        var mine = workspace();
        var theirs = workspace();
        var own = entry(mine, NOW, new float[] {1, 0, 0});
        entry(theirs, NOW, new float[] {0, 1, 0});
        entry(theirs, NOW, new float[] {0, 1, 0.1f});

        var ranked = store().nearest(mine, MODEL, Vectors.unit(new float[] {0, 1, 0}), 5);

        assertThat(ranked).extracting(Match::entryId).containsExactly(own);
        assertThat(store().holdsAny(mine)).isTrue();
        assertThat(store().holdsAny(WorkspaceId.random())).isFalse();
    }

    @Test
    void findsASmallWorkspacesEntriesAmongManyOthers() {
        var crowd = workspace();
        var random = new Random(7);
        for (int i = 0; i < 600; i++) {
            entry(crowd, NOW, new float[] {random.nextFloat(), random.nextFloat(), random.nextFloat()});
        }
        var small = workspace();
        var first = entry(small, NOW, new float[] {-1, -1, 0});
        var second = entry(small, NOW, new float[] {-1, 0, -1});

        var ranked = store().nearest(small, MODEL, Vectors.unit(new float[] {1, 1, 1}), 5);

        assertThat(ranked).extracting(Match::entryId).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void forgetsARemovedEntry() {
        var workspace = workspace();
        var kept = entry(workspace, NOW, new float[] {1, 0, 0});
        var removed = entry(workspace, NOW, new float[] {1, 0.1f, 0});
        store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5);

        store().remove(workspace, removed);

        assertThat(store().nearest(workspace, MODEL, Vectors.unit(new float[] {1, 0, 0}), 5))
                .extracting(Match::entryId).containsExactly(kept);
    }

    @Test
    void reportsEntriesWithoutACurrentVectorForEveryModel() {
        var workspace = workspace();
        entry(workspace, NOW, new float[] {1, 0, 0});
        var missing = entry(workspace, NOW, null);
        var changed = entry(workspace, NOW, new float[] {0, 1, 0});
        database.jdbc.sql("UPDATE knowledge_entry SET updated_at = :later WHERE id = :id")
                .param("later", Timestamp.from(NOW.plus(1, ChronoUnit.MINUTES))).param("id", changed.value()).update();

        assertThat(store().stale(List.of(MODEL), 10)).extracting(StaleEntry::entryId)
                .containsExactlyInAnyOrder(missing, changed);
        assertThat(store().stale(List.of(MODEL, OTHER_MODEL), 10)).hasSize(3);
    }
}
