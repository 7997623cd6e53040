package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dev set through the whole offline pipeline. Floors sit a little under the measured figures (docs/knowledge.md)
 * so that a real regression fails while the set stays what it is: a check, not a target to fit.
 */
class KnowledgeEvalTests {

    @Test
    void devSetStaysAboveTheFloors() throws Exception {
        var set = EvalSet.read(getClass().getResourceAsStream("/eval/knowledge-dev.json"));

        var figures = KnowledgeEval.run(set, KnowledgeEval.Embeddings.SHARED, 0);

        System.out.println(figures);
        assertThat(figures.top1()).isGreaterThanOrEqualTo(0.85);
        assertThat(figures.mrr5()).isGreaterThanOrEqualTo(0.88);
        assertThat(figures.handOverRecall()).isGreaterThanOrEqualTo(0.8);
        assertThat(figures.handOverPrecision()).isGreaterThanOrEqualTo(0.7);
        assertThat(figures.p95Millis()).isLessThan(200);
    }

    @Test
    void retrievalStaysFastWithTenThousandEntries() throws Exception {
        var set = EvalSet.read(getClass().getResourceAsStream("/eval/knowledge-dev.json"));

        var figures = KnowledgeEval.run(set, KnowledgeEval.Embeddings.SHARED, 10_000);
        System.out.println(figures);
        // the target is 50 ms; the floor leaves room for a build machine shared with other jobs. A latency measured
        // while other processes took the cores is the machine's, not the code's: the best of up to three runs counts
        // (a slower retrieval is slow in every run), and on a machine busy throughout the floor follows its speed
        double best = figures.p95Millis();
        for (int run = 2; run <= 3 && best >= 100; run++) {
            var again = KnowledgeEval.run(set, KnowledgeEval.Embeddings.SHARED, 10_000);
            System.out.println("run " + run + ": " + again);
            best = Math.min(best, again.p95Millis());
        }
        // still slow: the machine's own speed now is measured by the same retrieval over the 58 entries alone; 10,000
        // entries may cost their search on top of that, not a multiple of it (a retrieval that grows with the number
        // of entries fails here however fast or busy the machine)
        double bound = 100;
        if (best >= bound) {
            double alone = KnowledgeEval.run(set, KnowledgeEval.Embeddings.SHARED, 0).p95Millis();
            System.out.println("without the 10,000 entries: p95 " + alone + " ms");
            bound = Math.max(bound, 2.5 * alone);
        }
        assertThat(best).as("p95 retrieval, best of up to three runs").isLessThan(bound);
        assertThat(figures.top1()).as("random vectors must not crowd out real matches").isGreaterThanOrEqualTo(0.85);
    }
}
