package io.parley.knowledge.adapter.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The vectors of one workspace made by one model (of entries or of document chunks, keyed by {@code K}), searched
 * exhaustively: exhaustive search never misses what an
 * approximate index might, and at 10,000 entries it stays within a few milliseconds. Searches scan one contiguous
 * array, rebuilt after changes on the next search, so that an import of many entries rebuilds it once.
 */
final class VectorIndex<K> {

    /** A vector's closeness to the query: the dot product of unit vectors. */
    record Scored<K>(K id, double score) {}

    private record Snapshot(Object[] ids, float[] matrix, int dimensions) {}

    private final Map<K, float[]> vectors = new LinkedHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(new Object[0], new float[0], 0);
    private boolean dirty;

    synchronized void put(K entry, float[] vector) {
        vectors.put(entry, vector.clone());
        dirty = true;
    }

    synchronized void remove(K entry) {
        dirty |= vectors.remove(entry) != null;
    }

    synchronized int size() {
        return vectors.size();
    }

    @SuppressWarnings("unchecked") // ids holds only the K put in
    List<Scored<K>> nearest(float[] query, int limit) {
        Snapshot current = current();
        int dimensions = current.dimensions();
        if (dimensions != query.length) {
            return List.of();
        }
        var best = new PriorityQueue<Scored<K>>(Comparator.comparingDouble(Scored::score));
        float[] matrix = current.matrix();
        Object[] ids = current.ids();
        for (int row = 0; row < ids.length; row++) {
            double score = dot(query, matrix, row * dimensions);
            if (best.size() < limit) {
                best.add(new Scored<>((K) ids[row], score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Scored<>((K) ids[row], score));
            }
        }
        var ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingDouble((Scored<K> s) -> s.score()).reversed());
        return ranked;
    }

    private synchronized Snapshot current() {
        if (dirty) {
            int dimensions = vectors.values().stream().mapToInt(v -> v.length).findFirst().orElse(0);
            var ids = new ArrayList<K>(vectors.size());
            float[] matrix = new float[vectors.size() * dimensions];
            vectors.forEach((id, vector) -> {
                if (vector.length == dimensions) {
                    System.arraycopy(vector, 0, matrix, ids.size() * dimensions, dimensions);
                    ids.add(id);
                }
            });
            snapshot = new Snapshot(ids.toArray(), matrix, dimensions);
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
