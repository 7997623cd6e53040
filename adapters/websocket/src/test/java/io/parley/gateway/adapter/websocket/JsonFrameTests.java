package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.ANN;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.gateway.protocol.ServerFrame;
import org.junit.jupiter.api.Test;

/** Frames that do not say what the schema says: refused with a code and their request id, nothing stored. */
class JsonFrameTests extends EndpointTestSupport {

    @Test
    void anAgentsNoteSpelledAsInRestIsRefusedAndNeverReachesTheVisitor() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var agent = TestClient.agent(port, "ann-token");
             var visitor = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            agent.sendRaw("{\"requestId\":\"n-1\",\"send\":{\"conversationId\":\"" + conversation.id()
                    + "\",\"clientMessageId\":\"note-1\",\"body\":\"refund approved, internal\",\"kind\":\"NOTE\"}}");

            ServerFrame refused = agent.next(ERROR);
            assertError(refused, "message.invalid-kind", false);
            assertThat(refused.getRequestId()).isEqualTo("n-1");
            assertThat(noFrameOf(visitor, MESSAGE)).as("the visitor got nothing").isTrue();
            assertThat(conversations.history(new Actor.Agent(WORKSPACE, ANN, Role.AGENT), conversation.id(),
                    new HistoryQuery(0, null, 100))).as("nothing stored").isEmpty();
        }
    }

    @Test
    void aValueOfTheWrongTypeIsMalformedWithTheRequestIdAndTheConnectionCarriesOn() {
        try (var agent = TestClient.agent(port, "ann-token")) {
            agent.sendRaw("{\"requestId\":\"t-1\",\"typing\":{\"conversationId\":[\"x\"],\"typing\":true}}");
            ServerFrame refused = agent.next(ERROR);
            assertError(refused, "frame.malformed", false);
            assertThat(refused.getRequestId()).isEqualTo("t-1");

            agent.send(heartbeat("h-1", 1));
            assertThat(agent.next(HEARTBEAT).getRequestId()).isEqualTo("h-1");
        }
    }

    @Test
    void anUnreadableFrameBeforeAuthenticationClosesWith1008() {
        for (String text : new String[] {"not json", "{\"requestId\":\"a-1\",\"authenticate\":{\"agentToken\":[\"x\"]}}",
                "{\"requestId\":\"a-1\"}"}) {
            try (var client = TestClient.connect(port, "parley.v1.json", null)) {
                client.sendRaw(text);
                assertError(client.next(), "frame.malformed", true);
                assertThat(client.awaitClose()).as(text).isEqualTo(1008);
            }
        }
    }
}
