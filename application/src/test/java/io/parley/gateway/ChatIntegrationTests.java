package io.parley.gateway;

import static io.parley.gateway.Frames.messageIn;
import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.ConversationStatus;
import io.parley.gateway.protocol.MessageKind;
import io.parley.gateway.protocol.Role;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChatIntegrationTests extends ParleyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void visitorAndAgentExchangeMessagesInRealTime(Encoding encoding) {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var agent = ParleySocket.open(encoding, port, null);
             var visitor = ParleySocket.open(encoding, port, tenant.origin())) {
            assertThat(visitor.subprotocol()).isEqualTo(encoding == Encoding.JSON ? "parley.v1.json" : "parley.v1.proto");
            assertThat(agent.authenticateAgent(tenant.adminToken()).getAuthenticated().getRole()).isEqualTo(Role.ROLE_AGENT);
            assertThat(visitor.authenticateVisitor(visitorToken).getAuthenticated().getRole()).isEqualTo(Role.ROLE_VISITOR);

            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            ServerFrame ack = visitor.request(send(conversation, "v-1", "你好, I need help <b>now</b>"));
            assertThat(ack.getAck().getSequence()).isEqualTo(1);
            assertThat(ack.getAck().getDuplicate()).isFalse();

            ServerFrame atAgent = agent.await(messageIn(conversation, 1), WAIT);
            assertThat(atAgent.getMessage().getMessage().getBody()).isEqualTo("你好, I need help <b>now</b>");
            assertThat(atAgent.getMessage().getMessage().getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_VISITOR);

            ServerFrame reply = agent.request(send(conversation, "a-1", "Hello! How can I help?"));
            assertThat(reply.getAck().getSequence()).isEqualTo(2);
            ServerFrame atVisitor = visitor.await(messageIn(conversation, 2), WAIT);
            assertThat(atVisitor.getMessage().getMessage().getBody()).isEqualTo("Hello! How can I help?");
            assertThat(atVisitor.getMessage().getMessage().getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_AGENT);

            ServerFrame updated = visitor.await(f -> f.hasConversationUpdated()
                    && f.getConversationUpdated().getConversation().getId().equals(conversation), WAIT);
            assertThat(updated.getConversationUpdated().getConversation().getStatus())
                    .as("an agent's reply makes the conversation theirs")
                    .isEqualTo(ConversationStatus.CONVERSATION_STATUS_ASSIGNED);
        }
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void resendWithTheSameClientMessageIdReturnsTheOriginalAckAndStoresNothing(Encoding encoding) {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var visitor = ParleySocket.open(encoding, port, tenant.origin())) {
            visitor.authenticateVisitor(visitorToken);
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            ServerFrame first = visitor.request(send(conversation, "same-id", "once"));
            ServerFrame again = visitor.request(send(conversation, "same-id", "once"));

            assertThat(again.getAck().getDuplicate()).isTrue();
            assertThat(again.getAck().getMessageId()).isEqualTo(first.getAck().getMessageId());
            assertThat(again.getAck().getSequence()).isEqualTo(first.getAck().getSequence());
            var history = client().get("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken());
            assertThat(history.body().path("items").size()).isEqualTo(1);
        }
    }

    @Test
    void reconnectingClientReceivesExactlyWhatItMissedOnceThenLiveMessages() {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String conversation;
        try (var visitor = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            visitor.authenticateVisitor(visitorToken);
            conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            visitor.request(send(conversation, "v-1", "first"));
        }
        try (var agent = ParleySocket.open(Encoding.JSON, port, null)) {
            agent.authenticateAgent(tenant.adminToken());
            for (int i = 1; i <= 3; i++) {
                assertThat(agent.request(send(conversation, "a-" + i, "missed " + i)).getAck().getSequence()).isEqualTo(i + 1);
            }
            try (var visitor = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
                visitor.authenticateVisitor(visitorToken);
                ServerFrame complete = visitor.request(Frames.resume(conversation, 1));
                assertThat(complete.getResumeComplete().getLastSequence()).isEqualTo(4);
                agent.request(send(conversation, "a-live", "live"));
                visitor.await(messageIn(conversation, 5), WAIT);

                List<Long> seen = new ArrayList<>();
                ServerFrame frame;
                while ((frame = visitor.poll(Duration.ofMillis(500))) != null) {
                    if (frame.hasMessage()) {
                        seen.add(frame.getMessage().getMessage().getSequence());
                    }
                }
                assertThat(seen).as("nothing delivered twice after the live message").isEmpty();
            }
        }
    }

    @Test
    void resumeReplaysMissedMessagesInOrderBeforeCompleting() {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agent = ParleySocket.open(Encoding.PROTO, port, null)) {
            visitor.authenticateVisitor(visitorToken);
            agent.authenticateAgent(tenant.adminToken());
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            for (int i = 1; i <= 5; i++) {
                visitor.request(send(conversation, "v-" + i, "message " + i));
            }
            try (var console = ParleySocket.open(Encoding.JSON, port, null)) {
                console.authenticateAgent(tenant.adminToken());
                String requestId = "resume-1";
                console.send(Frames.resume(conversation, 2).setRequestId(requestId).build());
                List<Long> replayed = new ArrayList<>();
                ServerFrame frame;
                do {
                    frame = console.await(f -> f.hasMessage() || f.hasResumeComplete(), WAIT);
                    if (frame.hasMessage()) {
                        assertThat(frame.getMessage().getReplay()).isTrue();
                        replayed.add(frame.getMessage().getMessage().getSequence());
                    }
                } while (!frame.hasResumeComplete());
                assertThat(replayed).containsExactly(3L, 4L, 5L);
            }
        }
    }

    @Test
    void internalNoteReachesAgentsButNeverTheVisitor() {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agent = ParleySocket.open(Encoding.JSON, port, null)) {
            visitor.authenticateVisitor(visitorToken);
            agent.authenticateAgent(tenant.adminToken());
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            visitor.request(send(conversation, "v-1", "hello"));
            agent.request(send(conversation, "n-1", "VIP customer, be nice", MessageKind.MESSAGE_KIND_NOTE));
            agent.request(send(conversation, "a-1", "Hi there"));

            List<String> bodies = new ArrayList<>();
            ServerFrame frame;
            do {
                frame = visitor.await(messageIn(conversation), WAIT);
                bodies.add(frame.getMessage().getMessage().getBody());
            } while (frame.getMessage().getMessage().getSequence() < 3);
            assertThat(bodies).endsWith("Hi there").doesNotContain("VIP customer, be nice");

            visitor.send(Frames.resume(conversation, 0).setRequestId("replay").build());
            List<String> replayed = new ArrayList<>();
            do {
                frame = visitor.await(f -> f.hasMessage() || f.hasResumeComplete(), WAIT);
                if (frame.hasMessage()) {
                    replayed.add(frame.getMessage().getMessage().getBody());
                }
            } while (!frame.hasResumeComplete());
            assertThat(replayed).containsExactly("hello", "Hi there");

            var asVisitor = client().get("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken);
            assertThat(asVisitor.body().path("items").toString()).doesNotContain("VIP customer");
            var asAgent = client().get("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken());
            assertThat(asAgent.body().path("items").toString()).contains("VIP customer");
        }
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void theLongestMessageArrivesWholeThoughItSpansSeveralContainerBuffers(Encoding encoding) {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String longest = "客服".repeat(2000); // 4,000 characters, 12,000 bytes of UTF-8: six 2 KB buffers
        try (var visitor = ParleySocket.open(encoding, port, tenant.origin());
             var agent = ParleySocket.open(encoding, port, null)) {
            visitor.authenticateVisitor(visitorToken);
            agent.authenticateAgent(tenant.adminToken());
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            assertThat(visitor.request(send(conversation, "long", longest)).getAck().getSequence()).isEqualTo(1);
            assertThat(agent.await(messageIn(conversation, 1), WAIT).getMessage().getMessage().getBody()).isEqualTo(longest);
        }
    }
}
