package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageView;
import io.parley.gateway.protocol.Resume;
import io.parley.gateway.protocol.ResumeComplete;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Everything pushed to a connection runs on its {@link DeliveryLane}: live messages through the conversation's
 * cursor, and resumes. A resume replays on the lane too, so live messages committed meanwhile queue behind it and
 * pass the cursor after the replay: no gap, no duplicate, no separate buffering.
 */
@Component
class ConversationFeed {

    private static final Logger log = LoggerFactory.getLogger(ConversationFeed.class);
    /** A gap wider than this many history pages is left for the client to resume. */
    private static final int MAX_GAP_PAGES = 20;

    private final ConversationMessaging messaging;
    private final GatewayMetrics metrics;
    private final Clock clock;

    /** {@code @Lazy}: the conversation service calls back into the gateway for notifications; a proxy breaks the cycle. */
    ConversationFeed(@Lazy ConversationMessaging messaging, GatewayMetrics metrics, Clock clock) {
        this.messaging = messaging;
        this.metrics = metrics;
        this.clock = clock;
    }

    void live(Connection connection, MessageView message, SharedFrame frame) {
        connection.push(new Live(connection, message, frame));
    }

    /** A message this connection may not see took a sequence number (an internal note, for a visitor). */
    void hidden(Connection connection, MessageView message) {
        connection.lane().execute(() -> connection.cursors().of(message.conversationId())
                .skipHidden(message.sequence()));
    }

    void push(Connection connection, SharedFrame frame) {
        connection.push(new Plain(connection, frame));
    }

    /** A live message for one connection: sent through its conversation's cursor, after any gap before it. */
    private final class Live implements DeliveryLane.Push {

        private final Connection connection;
        private final MessageView message;
        private final SharedFrame frame;

        Live(Connection connection, MessageView message, SharedFrame frame) {
            this.connection = connection;
            this.message = message;
            this.frame = frame;
        }

        @Override
        public int bytes() {
            return frame.size();
        }

        @Override
        public void run() {
            if (connection.closing()) {
                return;
            }
            ConversationId conversation = message.conversationId();
            List<MessageView> due = connection.cursors().of(conversation).admit(message,
                    (after, before) -> gap(connection.actor(), conversation, after, before));
            for (MessageView m : due) {
                connection.send(m == message ? frame : new SharedFrame(Frames.delivered(m, false)));
            }
            if (!due.isEmpty()) {
                metrics.delivered(Duration.between(message.createdAt(), clock.instant()));
            }
        }
    }

    /** A frame as it is, such as a conversation change or a piece of a bot's draft. */
    private record Plain(Connection connection, SharedFrame frame) implements DeliveryLane.Push {

        @Override
        public int bytes() {
            return frame.size();
        }

        @Override
        public void run() {
            connection.send(frame);
        }
    }

    void resume(Connection connection, String requestId, Resume resume) {
        ConversationId conversation = ConversationId.parse(resume.getConversationId());
        if (resume.getAfterSequence() < 0) {
            throw DomainException.invalid("history.invalid-range", "after_sequence must be 0 or more");
        }
        Actor actor = connection.actor();
        connection.lane().execute(() -> {
            try {
                replay(connection, requestId, actor, conversation, resume.getAfterSequence());
            } catch (DomainException e) {
                connection.error(requestId, e.code(), e.getMessage());
            }
        });
    }

    private void replay(Connection connection, String requestId, Actor actor, ConversationId conversation,
                        long after) {
        ConversationView view = messaging.get(actor, conversation);
        // a client that claims more than exists would otherwise have the next live messages dropped as seen
        long last = Math.min(after, view.lastSequence());
        while (!connection.closing()) {
            List<MessageView> page = messaging.history(actor, conversation, HistoryQuery.after(last));
            long before = last;
            for (MessageView m : page) {
                if (m.sequence() > last) {
                    connection.send(Frames.delivered(m, true));
                    last = m.sequence();
                }
            }
            if (page.size() < HistoryQuery.MAX_LIMIT || last == before) {
                break;
            }
        }
        connection.cursors().of(conversation).replayedUpTo(last);
        connection.send(ServerFrame.newBuilder().setRequestId(requestId).setResumeComplete(ResumeComplete.newBuilder()
                .setConversationId(conversation.toString()).setLastSequence(last)).build());
    }

    /** The messages strictly between two sequences; what cannot be read now is left for the client to resume. */
    private List<MessageView> gap(Actor actor, ConversationId conversation, long after, long before) {
        List<MessageView> found = new ArrayList<>();
        long from = after;
        try {
            for (int page = 0; page < MAX_GAP_PAGES && from < before - 1; page++) {
                int want = (int) Math.min(HistoryQuery.MAX_LIMIT, before - 1 - from);
                List<MessageView> slice = messaging.history(actor, conversation, new HistoryQuery(from, null, want));
                long start = from;
                for (MessageView m : slice) {
                    if (m.sequence() > from && m.sequence() < before) {
                        found.add(m);
                        from = m.sequence();
                    }
                }
                if (slice.size() < want || from == start) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.debug("Could not fill a delivery gap in conversation {}: {}", conversation, e.toString());
        }
        return found;
    }
}
