package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.INBOX;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OLGA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Frame size, malformed frames, rate, idle and slow consumers. */
class ConnectionLimitsTests extends EndpointTestSupport {

    /** 1.2 MB of pushes: far more than the stalled client's socket buffers and send buffer limit hold. */
    private static final int MESSAGES = 600;

    @Test
    void closesWith1009OnAFrameOverTheLimit() {
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("x".repeat(5000));
            assertError(client.next(), "frame.too-large", true);
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("你".repeat(2000));  // 2,000 characters, 6,000 bytes
            assertError(client.next(), "frame.too-large", true);
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void closesWith1009AtOnceOnAFrameFarOverTheLimit() {
        try (var client = TestClient.agent(port, "ann-token")) {
            // beyond what Jetty joins for the gateway to look at: refused by its header, often before the client has
            // written it all; then the client's write fails and the close frame may be lost in the reset (1006)
            boolean written = client.trySendRaw("x".repeat(4 * 4096 + 1));
            assertThat(client.awaitClose()).as("written whole: %s", written).isIn(1009, 1006);
        }
    }

    @Test
    void answersMalformedFramesAndCarriesOn() {
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("not json");
            assertError(client.next(), "frame.malformed", false);
            client.sendRaw(new byte[] {1, 2, 3});
            assertError(client.next(), "frame.malformed", false);
            client.sendRaw("{\"requestId\":\"empty\"}");
            assertError(client.next(), "frame.malformed", false);
            client.send(heartbeat("still-here", 1));
            assertThat(client.next().getRequestId()).isEqualTo("still-here");
        }
    }

    @Test
    void dropsFramesBeyondTheRateButKeepsTheConnection() throws Exception {
        try (var client = TestClient.agent(port, "ann-token")) {
            long start = System.nanoTime();
            for (int i = 0; i < 60; i++) {
                client.send(heartbeat("h" + i, i));
            }
            int acks = 0;
            int limited = 0;
            for (int i = 0; i < 60; i++) {
                var frame = client.next();
                if (frame.hasError()) {
                    assertError(frame, "rate.limited", false);
                    limited++;
                } else {
                    acks++;
                }
            }
            // the burst of 40 (the authenticate frame took one), plus the refill of 20 a second while the frames
            // were being handled: on a busy machine that takes longer, so the bound follows the time it took
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(acks).isBetween(39, 40 + (int) Math.ceil(20 * seconds));
            assertThat(limited).isEqualTo(60 - acks);
            if (seconds < 0.9) {
                assertThat(limited).as("frames refused within %.2f s", seconds).isPositive();
            }
            Thread.sleep(200);
            client.send(heartbeat("later", 1));
            assertThat(client.next().getRequestId()).isEqualTo("later");
        }
    }

    @Test
    void closesConnectionsThatFallSilent() {
        try (var client = TestClient.agent(port, "ann-token")) {
            long start = System.nanoTime();
            assertError(client.next(ERROR), "connection.idle", true);
            assertThat(client.awaitClose()).isEqualTo(4408);
            assertThat((System.nanoTime() - start) / 1_000_000).as("not before the idle timeout of 20 s")
                    .isGreaterThan(19_500);
        }
    }

    @Test
    void closesAClientThatStopsReadingWithoutHoldingUpTheOthers() throws Exception {
        var olga = new Actor.Visitor(OTHER, INBOX, OLGA);
        ConversationView conversation = conversations.start(olga);
        try (var carl = TestClient.agent(port, "carl-token");
             var stalled = new RawWebSocket(port, 4096, "Sec-WebSocket-Protocol: parley.v1.json")) {
            stalled.sendText("{\"authenticate\":{\"agentToken\":\"carl-token\"}}");
            awaitAgentsOfOther(2);
            // both keep writing, so neither is idle; the stalled one never reads
            var heartbeats = Thread.ofVirtual().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        carl.send(heartbeat("carl", 0));
                        stalled.sendText("{\"heartbeat\":{}}");
                        Thread.sleep(300);
                    }
                } catch (Exception closedOrInterrupted) {
                    // the test is over, or the server hung up on the stalled client
                }
            });
            String body = "x".repeat(2000);
            long posting = 0;
            // one at a time, as fast as the reading client takes them: only the stalled one falls behind
            for (int i = 1; i <= MESSAGES; i++) {
                long start = System.nanoTime();
                conversations.post(new PostMessage(olga, conversation.id(), new ClientMessageId("slow-" + i),
                        MessageKind.TEXT, body));
                posting += System.nanoTime() - start;
                assertThat(carl.next(MESSAGE).getMessage().getMessage().getSequence()).as("message %d", i)
                        .isEqualTo(i);
            }
            assertThat(Duration.ofNanos(posting)).as("posting never waits for a socket")
                    .isLessThan(Duration.ofSeconds(5));
            awaitAgentsOfOther(1);
            heartbeats.interrupt();
            heartbeats.join();
            carl.send(heartbeat("alive", 1));
            assertThat(carl.next(HEARTBEAT).getRequestId()).as("the reading client is still connected")
                    .isIn("alive", "carl");
            assertThat(registry.agentsOf(OTHER)).hasSize(1);
        }
    }

    private void awaitAgentsOfOther(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.PATIENCE.toNanos();
        while (registry.agentsOf(OTHER).size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(registry.agentsOf(OTHER)).hasSize(expected);
    }
}
