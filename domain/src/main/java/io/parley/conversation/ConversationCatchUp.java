package io.parley.conversation;

import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Catches this node's connected clients up on changes they may have missed: in a cluster, what other nodes committed
 * while the bus between the nodes was interrupted. Hands the node's own connections (never the other nodes) every
 * conversation changed since then and its messages created since then, in sequence order; a connection drops what it
 * was sent already, so replaying more than was missed is harmless.
 */
@PrimaryPort
public interface ConversationCatchUp {

    /** Replays what was committed at or after {@code since}; returns how many conversations it replayed. */
    int replaySince(Instant since);
}
