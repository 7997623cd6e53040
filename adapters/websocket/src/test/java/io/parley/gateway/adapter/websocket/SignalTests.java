package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.ANN;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.PRESENCE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.READ;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.TYPING;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.ConversationView;
import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.PresenceStatus;
import io.parley.gateway.protocol.ReadUpTo;
import io.parley.gateway.protocol.SetPresence;
import io.parley.gateway.protocol.Typing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typing, read up to and presence, relayed and never stored. */
class SignalTests extends EndpointTestSupport {

    @Test
    void relaysTypingToTheOtherSideOnly() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json");
             var walt = TestClient.visitor(port, "walt-token", "parley.v1.json")) {
            vera.send(typing(conversation));
            for (var agent : List.of(ann, bob)) {
                var notice = agent.next(TYPING).getTyping();
                assertThat(notice.getAuthorId()).isEqualTo(VERA.toString());
                assertThat(notice.getTyping()).isTrue();
            }
            ann.send(typing(conversation));
            assertThat(vera.next(TYPING).getTyping().getAuthorId()).isEqualTo(ANN.toString());
            assertThat(bob.next(TYPING).getTyping().getAuthorId()).isEqualTo(ANN.toString());
            assertThat(noFrameOf(ann, TYPING)).as("Ann does not hear herself").isTrue();
            walt.send(typing(conversation));
            assertError(walt.next(ERROR), "conversation.not-found", false);
        }
    }

    @Test
    void relaysReadUpToToTheOtherSideOnlyAndRejectsSequencesBelowOne() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            vera.send(read(conversation, 3));
            for (var agent : List.of(ann, bob)) {
                var receipt = agent.next(READ).getRead();
                assertThat(receipt.getConversationId()).isEqualTo(conversation.id().toString());
                assertThat(receipt.getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_VISITOR);
                assertThat(receipt.getAuthorId()).isEqualTo(VERA.toString());
                assertThat(receipt.getSequence()).isEqualTo(3);
            }
            ann.send(read(conversation, 4));
            var atVera = vera.next(READ).getRead();
            assertThat(atVera.getAuthorId()).isEqualTo(ANN.toString());
            assertThat(atVera.getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_AGENT);
            assertThat(atVera.getSequence()).isEqualTo(4);
            assertThat(bob.next(READ).getRead().getAuthorId()).isEqualTo(ANN.toString());
            assertThat(noFrameOf(ann, READ)).as("Ann does not hear herself").isTrue();
            vera.send(read(conversation, 0));
            assertError(vera.next(ERROR), "history.invalid-range", false);
            assertThat(noFrameOf(ann, READ)).as("nothing relayed for a rejected read").isTrue();
        }
    }

    private static ClientFrame read(ConversationView conversation, long sequence) {
        return ClientFrame.newBuilder().setRead(ReadUpTo.newBuilder().setConversationId(conversation.id().toString())
                .setSequence(sequence)).build();
    }

    @Test
    void announcesAgentsPresenceFromConnectingToGoingOffline() throws Exception {
        try (var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            var ann = TestClient.agent(port, "ann-token");
            var online = bob.next(PRESENCE).getPresence();
            assertThat(online.getAgentId()).isEqualTo(ANN.toString());
            assertThat(online.getStatus()).isEqualTo(PresenceStatus.PRESENCE_STATUS_ONLINE);
            ann.send(ClientFrame.newBuilder().setSetPresence(SetPresence.newBuilder()
                    .setStatus(PresenceStatus.PRESENCE_STATUS_AWAY)).build());
            var away = bob.next(PRESENCE).getPresence();
            assertThat(away.getAgentId()).isEqualTo(ANN.toString());
            assertThat(away.getStatus()).isEqualTo(PresenceStatus.PRESENCE_STATUS_AWAY);
            assertThat(noFrameOf(ann, PRESENCE)).as("Ann does not hear herself").isTrue();
            ann.close();
            var offline = bob.next(PRESENCE).getPresence();
            assertThat(offline.getStatus()).isEqualTo(PresenceStatus.PRESENCE_STATUS_OFFLINE);
            vera.send(ClientFrame.newBuilder().setRequestId("p").setSetPresence(SetPresence.newBuilder()
                    .setStatus(PresenceStatus.PRESENCE_STATUS_ONLINE)).build());
            assertError(vera.next(ERROR), "frame.not-allowed", false);
        }
    }
}
