package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The evaluation command: loads an eval set into a fresh index with the offline models and prints top-1 accuracy,
 * MRR@5, hand-over precision and recall on the out-of-scope queries, and retrieval latency (embedding the query,
 * searching, deciding). Usage: {@code KnowledgeEval <eval-set.json> [synthetic-entries] [pgvector]}; synthetic
 * entries (random unit vectors) only enlarge the index for the latency figures; {@code pgvector} searches with
 * PostgreSQL's pgvector (a fresh database on 127.0.0.1:5432) instead of the in-process index.
 */
public final class KnowledgeEval {

    private static final int CANDIDATES = 5;

    record Figures(int entries, int queries, double top1, double mrr5, double answeredRight, double handOverPrecision,
                   double handOverRecall, double p50Millis, double p95Millis, String calibration) {

        @Override
        public String toString() {
            return String.format("entries %d, queries %d%n  top-1 %.3f  MRR@5 %.3f  answered correctly %.3f%n"
                            + "  hand-over precision %.3f  recall %.3f (out-of-scope queries)%n"
                            + "  retrieval latency p50 %.1f ms  p95 %.1f ms%ncalibration:%n%s", entries, queries, top1,
                    mrr5, answeredRight, handOverPrecision, handOverRecall, p50Millis, p95Millis, calibration);
        }
    }

    private KnowledgeEval() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: KnowledgeEval <eval-set.json> [synthetic-entries]");
            System.exit(2);
        }
        EvalSet set = EvalSet.read(Files.newInputStream(Path.of(args[0])));
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean pgvector = args.length > 2 && args[2].equals("pgvector");
        System.out.println(set.name() + " (offline models: " + Embeddings.SHARED.models() + ", "
                + (pgvector ? "pgvector in a fresh PostgreSQL database" : "in-process index") + ")");
        if (pgvector) {
            try (var database = VectorDatabase.migratedTo(21)) {
                database.requirePgvector();
                System.out.println(run(set, Embeddings.SHARED, synthetic, PgVectorEvalStore.in(database)));
            }
        } else {
            System.out.println(run(set, Embeddings.SHARED, synthetic));
        }
    }

    static Figures run(EvalSet set, EmbedText embeddings, int synthetic) {
        return run(set, embeddings, synthetic, new InMemoryKnowledgeVectors());
    }

    static Figures run(EvalSet set, EmbedText embeddings, int synthetic, KnowledgeVectors vectors) {
        var workspace = WorkspaceId.random();
        Map<String, KnowledgeEntryId> ids = new HashMap<>();
        Map<KnowledgeEntryId, KnowledgeEntry> entries = new HashMap<>();
        for (var item : set.entries()) {
            var entry = KnowledgeEntry.write(workspace, item.question(), item.answer(), List.of(), Set.of(),
                    Instant.EPOCH);
            ids.put(item.id(), entry.getId());
            entries.put(entry.getId(), entry);
            vectors.put(workspace, entry.getId(), entry.updatedAt(), Retrieval.vectorsOf(embeddings, entry));
        }
        addSynthetic(vectors, workspace, embeddings.models(), synthetic);
        var retrieval = new Retrieval(embeddings, vectors, CANDIDATES);
        List<EvalSet.Query> all = new ArrayList<>(set.queries());
        all.addAll(set.outOfScope());
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            all.forEach(query -> retrieval.ask(workspace, query.q(), (w, id) -> Optional.ofNullable(entries.get(id))));
        }

        double top1 = 0, reciprocal = 0, answeredRight = 0, handedOverOutOfScope = 0, handedOverInScope = 0;
        double[] millis = new double[all.size()];
        var sweep = new ThresholdSweep();
        for (int i = 0; i < all.size(); i++) {
            var query = all.get(i);
            long start = System.nanoTime();
            BotReply reply = retrieval.ask(workspace, query.q(), (w, id) -> Optional.ofNullable(entries.get(id)));
            millis[i] = (System.nanoTime() - start) / 1e6;
            boolean handedOver = reply.action() != BotReply.Action.ANSWER;
            sweep.record(embeddings.modelFor(Script.of(query.q())).name(), reply, query.expected() == null);
            if (query.expected() == null) {
                handedOverOutOfScope += handedOver ? 1 : 0;
                continue;
            }
            handedOverInScope += handedOver ? 1 : 0;
            var expected = ids.get(query.expected());
            var ranked = reply.candidates();
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (ranked.get(rank).entryId().equals(expected)) {
                    reciprocal += 1.0 / (rank + 1);
                    top1 += rank == 0 ? 1 : 0;
                }
            }
            answeredRight += expected.equals(reply.answeredFrom()) ? 1 : 0;
        }
        int inScope = set.queries().size();
        double handedOver = handedOverOutOfScope + handedOverInScope;
        Arrays.sort(millis);
        return new Figures(entries.size() + synthetic, all.size(), top1 / inScope, reciprocal / inScope,
                answeredRight / inScope, handedOver == 0 ? 0 : handedOverOutOfScope / handedOver,
                set.outOfScope().isEmpty() ? 0 : handedOverOutOfScope / set.outOfScope().size(),
                percentile(millis, 0.50), percentile(millis, 0.95), sweep.report());
    }

    private static void addSynthetic(KnowledgeVectors vectors, WorkspaceId workspace, List<Model> models,
                                     int count) {
        var random = new Random(42);
        for (int i = 0; i < count; i++) {
            Map<Model, float[]> made = new HashMap<>();
            for (Model model : models) {
                float[] vector = new float[model.dimensions()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = (float) random.nextGaussian();
                }
                made.put(model, Vectors.unit(vector));
            }
            vectors.put(workspace, KnowledgeEntryId.random(), Instant.EPOCH, made);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The models load once per JVM: tests and the command share them. */
    static final class Embeddings {
        static final EmbedText SHARED = new OnnxEmbeddings();

        private Embeddings() {}
    }
}
