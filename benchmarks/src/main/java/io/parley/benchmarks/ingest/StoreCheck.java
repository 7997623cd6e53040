package io.parley.benchmarks.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether every acknowledged message is stored exactly once: the acknowledged message ids against the ids read
 * back from the stored history (each stored message's body starts with its id, see {@link IngestLedger#body}).
 *
 * @param acknowledged messages answered 201 or 200
 * @param stored stored messages of the run, copies included
 * @param lost acknowledged messages not stored
 * @param duplicated copies stored beyond the first of a message (a message stored three times counts 2)
 * @param unacknowledgedStored messages stored although their request got no 200 or 201 (a timeout, a 5xx after the
 *                             commit): not a fault of the server, the integrator's resend would find them
 */
public record StoreCheck(long acknowledged, long stored, long lost, long duplicated, long unacknowledgedStored) {

    public static StoreCheck of(Set<String> acknowledged, Collection<String> storedIds) {
        Map<String, Integer> copies = new HashMap<>();
        storedIds.forEach(id -> copies.merge(id, 1, Integer::sum));
        long lost = acknowledged.stream().filter(id -> !copies.containsKey(id)).count();
        long duplicated = copies.values().stream().mapToLong(n -> n - 1).sum();
        long unacknowledged = copies.keySet().stream().filter(id -> !acknowledged.contains(id)).count();
        return new StoreCheck(acknowledged.size(), storedIds.size(), lost, duplicated, unacknowledged);
    }

    /** The message id a stored body starts with, or null when it is not a message of this run. */
    public static @Nullable String idOf(String body, String runPrefix) {
        if (!body.startsWith(runPrefix)) {
            return null;
        }
        int space = body.indexOf(' ');
        return space < 0 ? body : body.substring(0, space);
    }

    public boolean exact() {
        return lost == 0 && duplicated == 0;
    }
}
