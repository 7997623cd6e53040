package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ACK;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.READ;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.TYPING;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.ConversationView;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ReadUpTo;
import io.parley.gateway.protocol.ServerFrame;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Sends whose commit does not come (the fake holds a conversation's posts, as a database that does not answer):
 * the connection's other frames are answered meanwhile, acks keep each conversation's order, a full window stops
 * reading without losing a frame, and what the client sent within the rate while it was not read is not refused.
 */
class PendingCommitTests extends StrainedEndpointTestSupport {

    @Test
    void answersHeartbeatsTypingAndReadWhileASendWaitsForItsCommit() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            conversations.hold(conversation.id());
            try {
                vera.send(send("s-1", conversation.id().toString(), "m-1", "waits for its commit"));
                eventually(() -> assertThat(conversations.waitingPosts()).isEqualTo(1));

                vera.send(heartbeat("h-1", 7));
                assertThat(vera.next(HEARTBEAT).getRequestId()).isEqualTo("h-1");
                vera.send(typing(conversation));
                assertThat(ann.next(TYPING).getTyping().getAuthorId()).isEqualTo(VERA.toString());
                vera.send(read(conversation, 1));
                assertThat(ann.next(READ).getRead().getSequence()).isEqualTo(1);
                assertThat(conversations.waitingPosts()).as("the send still waits for its commit").isEqualTo(1);
            } finally {
                conversations.release(conversation.id());
            }
            ServerFrame ack = vera.next(ACK);
            assertThat(ack.getRequestId()).isEqualTo("s-1");
            assertThat(ack.getAck().getSequence()).isEqualTo(1);
        }
    }

    @Test
    void acknowledgesEachConversationInTheOrderSentWithoutOneWaitingForAnother() {
        ConversationView held = conversations.start(vera());
        ConversationView free = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token")) {
            conversations.hold(held.id());
            try {
                ann.send(send("held-1", held.id().toString(), "held-1", "first"));
                ann.send(send("held-2", held.id().toString(), "held-2", "second"));
                ann.send(send("free-1", free.id().toString(), "free-1", "elsewhere"));
                assertThat(ann.next(ACK).getRequestId()).as("another conversation's send is not held up")
                        .isEqualTo("free-1");
            } finally {
                conversations.release(held.id());
            }
            ServerFrame first = ann.next(ACK);
            ServerFrame second = ann.next(ACK);
            assertThat(first.getRequestId()).isEqualTo("held-1");
            assertThat(first.getAck().getSequence()).isEqualTo(1);
            assertThat(second.getRequestId()).isEqualTo("held-2");
            assertThat(second.getAck().getSequence()).isEqualTo(2);
        }
    }

    @Test
    void stopsReadingWhileTheWindowIsFullAndLosesNoFrame() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            conversations.hold(conversation.id());
            try {
                // three in flight, the fourth waits for room, the fifth and the heartbeat are not read yet
                for (int i = 1; i <= 5; i++) {
                    vera.send(send("s-" + i, conversation.id().toString(), "m-" + i, "message " + i));
                }
                vera.send(heartbeat("after", 1));
                eventually(() -> assertThat(registry.ofVisitor(VERA)).anyMatch(c -> !c.reading()));
                assertThat(vera.poll(300)).as("nothing is answered while the server does not read").isNull();
            } finally {
                conversations.release(conversation.id());
            }
            for (int i = 1; i <= 5; i++) {
                ServerFrame ack = vera.next(ACK);
                assertThat(ack.getRequestId()).isEqualTo("s-" + i);
                assertThat(ack.getAck().getSequence()).isEqualTo(i);
            }
            assertThat(vera.next(HEARTBEAT).getRequestId()).isEqualTo("after");
        }
    }

    @Test
    void framesSentWithinTheRateWhileTheServerDidNotReadAreNotRefused() throws Exception {
        ConversationView conversation = conversations.start(vera());
        int heartbeats = 60;
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            conversations.hold(conversation.id());
            try {
                for (int i = 1; i <= 4; i++) {
                    vera.send(send("s-" + i, conversation.id().toString(), "m-" + i, "message " + i));
                }
                eventually(() -> assertThat(registry.ofVisitor(VERA)).anyMatch(c -> !c.reading()));
                // 16 a second, under the rate of 20, for longer than the burst of 40 lasts
                long next = System.nanoTime();
                for (int i = 0; i < heartbeats; i++) {
                    vera.send(heartbeat("b-" + i, i));
                    next += TimeUnit.SECONDS.toNanos(1) / 16;
                    LockSupport.parkNanos(next - System.nanoTime());
                }
            } finally {
                conversations.release(conversation.id());
            }
            int acks = 0;
            int answered = 0;
            while (acks < 4 || answered < heartbeats) {
                ServerFrame frame = vera.next();
                assertThat(frame.hasError()).as("after %d acks and %d heartbeats: %s", acks, answered, frame)
                        .isFalse();
                acks += frame.hasAck() ? 1 : 0;
                answered += frame.hasHeartbeat() ? 1 : 0;
            }
            assertThat(acks).isEqualTo(4);
            assertThat(answered).isEqualTo(heartbeats);
        }
    }

    private static ClientFrame read(ConversationView conversation, long sequence) {
        return ClientFrame.newBuilder().setRead(ReadUpTo.newBuilder().setConversationId(conversation.id().toString())
                .setSequence(sequence)).build();
    }
}
