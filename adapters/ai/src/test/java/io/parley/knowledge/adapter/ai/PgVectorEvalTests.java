package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dev set through the offline pipeline with pgvector doing the search: the same floors as in process. */
class PgVectorEvalTests {

    @Test
    void devSetStaysAboveTheFloorsOnPgvector() throws Exception {
        var set = EvalSet.read(getClass().getResourceAsStream("/eval/knowledge-dev.json"));
        try (var database = VectorDatabase.migratedTo(21)) {
            database.requirePgvector();

            var figures = KnowledgeEval.run(set, KnowledgeEval.Embeddings.SHARED, 0, PgVectorEvalStore.in(database));

            System.out.println(figures);
            assertThat(figures.top1()).isGreaterThanOrEqualTo(0.85);
            assertThat(figures.mrr5()).isGreaterThanOrEqualTo(0.88);
            assertThat(figures.handOverRecall()).isGreaterThanOrEqualTo(0.8);
            assertThat(figures.handOverPrecision()).isGreaterThanOrEqualTo(0.7);
            assertThat(figures.p95Millis()).isLessThan(200);
        }
    }
}
