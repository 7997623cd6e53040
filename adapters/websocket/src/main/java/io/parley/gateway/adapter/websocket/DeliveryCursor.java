package io.parley.gateway.adapter.websocket;

import io.parley.conversation.MessageView;
import java.util.ArrayList;
import java.util.List;

/**
 * What one connection was sent of one conversation, so that it receives the conversation's messages in sequence
 * order and each once: a message at or below the last sequence is dropped, and one beyond the next expected is
 * preceded by the missing ones, read from history. Confined to the connection's {@link DeliveryLane}.
 */
final class DeliveryCursor {

    /** Reads the messages strictly between two sequences, in order, as the connection's actor may see them. */
    @FunctionalInterface
    interface GapSource {
        List<MessageView> between(long afterSequence, long beforeSequence);
    }

    private static final long NONE = -1;

    private long last = NONE;

    /** Nothing is known before the first message this connection sees, so there is no gap to fill then. */
    List<MessageView> admit(MessageView live, GapSource gaps) {
        long sequence = live.sequence();
        if (last != NONE && sequence <= last) {
            return List.of();
        }
        List<MessageView> out = new ArrayList<>(1);
        if (last != NONE && sequence > last + 1) {
            for (MessageView missed : gaps.between(last, sequence)) {
                if (missed.sequence() > last && missed.sequence() < sequence) {
                    out.add(missed);
                    last = missed.sequence();
                }
            }
        }
        out.add(live);
        last = sequence;
        return out;
    }

    /**
     * A message this connection may not see (an internal note, for a visitor) took the next sequence: step over it
     * so that the next visible message does not look like a gap. A note after a real gap leaves the gap to fill.
     */
    void skipHidden(long sequence) {
        if (last != NONE && sequence == last + 1) {
            last = sequence;
        }
    }

    /** A resume replayed up to here: live delivery continues after it. */
    void replayedUpTo(long sequence) {
        last = sequence;
    }

    long last() {
        return last;
    }
}
