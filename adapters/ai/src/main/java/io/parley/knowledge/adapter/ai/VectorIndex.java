package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.KnowledgeVectors.Match;
import io.parley.shared.KnowledgeEntryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vectors of one workspace made by one model, searched exhaustively: at 10,000 entries of 512 numbers a query
 * is a few milliseconds of dot products, and exhaustive search never misses what an approximate index might.
 */
final class VectorIndex {

    private final Map<KnowledgeEntryId, float[]> vectors = new ConcurrentHashMap<>();

    void put(KnowledgeEntryId entry, float[] vector) {
        vectors.put(entry, vector);
    }

    void remove(KnowledgeEntryId entry) {
        vectors.remove(entry);
    }

    int size() {
        return vectors.size();
    }

    List<Match> nearest(float[] query, int limit) {
        var best = new PriorityQueue<Match>(Comparator.comparingDouble(Match::score));
        vectors.forEach((entry, vector) -> {
            if (vector.length != query.length) {
                return;
            }
            double score = Vectors.dot(query, vector);
            if (best.size() < limit) {
                best.add(new Match(entry, score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Match(entry, score));
            }
        });
        var ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        return ranked;
    }
}
