package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.KnowledgeEntryId;
import org.junit.jupiter.api.Test;

class VectorIndexTests {

    private static final KnowledgeEntryId NORTH = KnowledgeEntryId.random();
    private static final KnowledgeEntryId EAST = KnowledgeEntryId.random();
    private static final KnowledgeEntryId NORTH_EAST = KnowledgeEntryId.random();

    private static VectorIndex<KnowledgeEntryId> compass() {
        var index = new VectorIndex<KnowledgeEntryId>();
        index.put(NORTH, Vectors.unit(new float[] {0, 1, 0}));
        index.put(EAST, Vectors.unit(new float[] {1, 0, 0}));
        index.put(NORTH_EAST, Vectors.unit(new float[] {1, 1, 0}));
        return index;
    }

    @Test
    void ranksByDotProductBestFirstUpToTheLimit() {
        var ranked = compass().nearest(Vectors.unit(new float[] {0.2f, 1, 0}), 2);

        assertThat(ranked).extracting(VectorIndex.Scored::id).containsExactly(NORTH, NORTH_EAST);
        assertThat(ranked.getFirst().score()).isCloseTo(0.98, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void forgetsRemovedEntriesAndSeesReplacedVectors() {
        var index = compass();
        index.nearest(new float[] {0, 1, 0}, 3);

        index.remove(NORTH);
        index.put(EAST, Vectors.unit(new float[] {0, 1, 0}));

        assertThat(index.nearest(new float[] {0, 1, 0}, 3)).extracting(VectorIndex.Scored::id)
                .containsExactly(EAST, NORTH_EAST);
    }

    @Test
    void neverComparesVectorsOfAnotherSize() {
        assertThat(compass().nearest(new float[] {0, 1}, 3)).isEmpty();
    }

    @Test
    void storesVectorsAsBytesWithoutLoss() {
        float[] vector = {0.25f, -1.5f, 3.0e-7f};

        assertThat(Vectors.floats(Vectors.bytes(vector))).containsExactly(vector);
    }
}
