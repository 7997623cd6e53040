package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.KnowledgeVectors.Match;
import io.parley.shared.KnowledgeEntryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The vectors of one workspace made by one model, searched exhaustively: exhaustive search never misses what an
 * approximate index might, and at 10,000 entries it stays within a few milliseconds. Searches scan one contiguous
 * array, rebuilt after changes on the next search, so that an import of many entries rebuilds it once.
 */
final class VectorIndex {

    private record Snapshot(KnowledgeEntryId[] ids, float[] matrix, int dimensions) {}

    private final Map<KnowledgeEntryId, float[]> vectors = new LinkedHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(new KnowledgeEntryId[0], new float[0], 0);
    private boolean dirty;

    synchronized void put(KnowledgeEntryId entry, float[] vector) {
        vectors.put(entry, vector.clone());
        dirty = true;
    }

    synchronized void remove(KnowledgeEntryId entry) {
        dirty |= vectors.remove(entry) != null;
    }

    synchronized int size() {
        return vectors.size();
    }

    List<Match> nearest(float[] query, int limit) {
        Snapshot current = current();
        int dimensions = current.dimensions();
        if (dimensions != query.length) {
            return List.of();
        }
        var best = new PriorityQueue<Match>(Comparator.comparingDouble(Match::score));
        float[] matrix = current.matrix();
        for (int row = 0; row < current.ids().length; row++) {
            double score = dot(query, matrix, row * dimensions);
            if (best.size() < limit) {
                best.add(new Match(current.ids()[row], score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Match(current.ids()[row], score));
            }
        }
        var ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        return ranked;
    }

    private synchronized Snapshot current() {
        if (dirty) {
            int dimensions = vectors.values().stream().mapToInt(v -> v.length).findFirst().orElse(0);
            var ids = new ArrayList<KnowledgeEntryId>(vectors.size());
            float[] matrix = new float[vectors.size() * dimensions];
            vectors.forEach((id, vector) -> {
                if (vector.length == dimensions) {
                    System.arraycopy(vector, 0, matrix, ids.size() * dimensions, dimensions);
                    ids.add(id);
                }
            });
            snapshot = new Snapshot(ids.toArray(KnowledgeEntryId[]::new), matrix, dimensions);
            dirty = false;
        }
        return snapshot;
    }

    /** Four running sums: lets the JIT keep the loop in registers without reordering a single sum. */
    private static double dot(float[] query, float[] matrix, int offset) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < query.length; i += 4) {
            s0 += query[i] * matrix[offset + i];
            s1 += query[i + 1] * matrix[offset + i + 1];
            s2 += query[i + 2] * matrix[offset + i + 2];
            s3 += query[i + 3] * matrix[offset + i + 3];
        }
        for (; i < query.length; i++) {
            s0 += query[i] * matrix[offset + i];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
