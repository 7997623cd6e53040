package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.INBOX;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OLGA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading is closed once more than the send buffer limit (64 KB here) waits for it, whether that
 * is many small messages or a few large ones; the time limit (60 s here) plays no part. The client that reads gets
 * every message in order and stays.
 */
class SlowConsumerTests extends StrainedEndpointTestSupport {

    @Test
    void closesAClientThatStopsReadingOnceManySmallMessagesWaitForIt() throws Exception {
        assertClosedOnceTooMuchWaits("x".repeat(1000), 300);
    }

    @Test
    void closesAClientThatStopsReadingOnceAFewLargeMessagesWaitForIt() throws Exception {
        assertClosedOnceTooMuchWaits("你".repeat(4000), 40);
    }

    private void assertClosedOnceTooMuchWaits(String body, int messages) throws Exception {
        var olga = new Actor.Visitor(OTHER, INBOX, OLGA);
        ConversationView conversation = conversations.start(olga);
        double closedBefore = closes("slow-consumer");
        try (var carl = TestClient.agent(port, "carl-token");
             var stalled = new RawWebSocket(port, 4096, "Sec-WebSocket-Protocol: parley.v1.json")) {
            stalled.sendText("{\"authenticate\":{\"agentToken\":\"carl-token\"}}");
            awaitAgentsOf(OTHER, 2, Duration.ofSeconds(10));
            // both keep writing, so neither is silent; the stalled one never reads
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
            try {
                // one at a time, as fast as the reading client takes them: only the stalled one falls behind
                for (int i = 1; i <= messages; i++) {
                    conversations.post(new PostMessage(olga, conversation.id(), new ClientMessageId("slow-" + i),
                            MessageKind.TEXT, body));
                    assertThat(carl.next(MESSAGE).getMessage().getMessage().getSequence()).as("message %d", i)
                            .isEqualTo(i);
                }
                awaitAgentsOf(OTHER, 1, Duration.ofSeconds(10));
                assertThat(closes("slow-consumer")).isEqualTo(closedBefore + 1);
            } finally {
                heartbeats.interrupt();
                heartbeats.join();
            }
            assertThat(stalled.readUntilClosed()).as("4500 if the close frame got through, else dropped")
                    .isIn(4500, 1006);
            assertThat(registry.agentsOf(OTHER)).as("the reading client stays").hasSize(1);
        }
    }
}
