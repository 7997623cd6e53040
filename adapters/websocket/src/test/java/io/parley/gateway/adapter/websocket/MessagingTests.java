package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ACK;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.CONVERSATION_STARTED;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.CONVERSATION_UPDATED;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.RESUME_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Resume;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.StartConversation;
import io.parley.shared.ConversationId;
import io.parley.shared.VisitorId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Sending, acknowledgements, delivery order, resume. */
class MessagingTests extends EndpointTestSupport {

    @Test
    void acknowledgesCommittedMessagesAndDeliversThemToTheVisitorAndTheAgents() {
        try (var ann = TestClient.agent(port, "ann-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json");
             var veraPhone = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            vera.send(ClientFrame.newBuilder().setRequestId("start").setStartConversation(
                    StartConversation.getDefaultInstance()).build());
            var started = vera.next(CONVERSATION_STARTED);
            assertThat(started.getRequestId()).isEqualTo("start");
            String conversation = started.getConversationStarted().getConversation().getId();
            assertThat(ann.next(CONVERSATION_UPDATED).getConversationUpdated().getConversation().getId())
                    .isEqualTo(conversation);

            vera.send(send("s-1", conversation, "m-1", "hello"));
            var ack = vera.next(ACK);
            assertThat(ack.getRequestId()).isEqualTo("s-1");
            assertThat(ack.getAck().getSequence()).isEqualTo(1);
            assertThat(ack.getAck().getDuplicate()).isFalse();
            for (var client : List.of(ann, veraPhone)) {
                var delivered = client.next(MESSAGE).getMessage();
                assertThat(delivered.getReplay()).isFalse();
                assertThat(delivered.getMessage().getBody()).isEqualTo("hello");
                assertThat(delivered.getMessage().getSequence()).isEqualTo(1);
                assertThat(delivered.getMessage().getAuthorId()).isEqualTo(VERA.toString());
            }

            vera.send(send("s-2", conversation, "m-1", "hello"));
            var again = vera.next(ACK).getAck();
            assertThat(again.getDuplicate()).isTrue();
            assertThat(again.getMessageId()).isEqualTo(ack.getAck().getMessageId());
        }
    }

    @Test
    void answersADomainRefusalWithItsCodeAndKeepsTheConnection() {
        try (var walt = TestClient.visitor(port, "walt-token", "parley.v1.json")) {
            ConversationView veras = conversations.start(vera());
            walt.send(send("s", veras.id().toString(), "m-1", "hi"));
            var error = walt.next(ERROR);
            assertThat(error.getRequestId()).isEqualTo("s");
            assertError(error, "conversation.not-found", false);
            walt.send(send("bad-id", "not-a-uuid", "m-1", "hi"));
            assertError(walt.next(ERROR), "request.invalid-id", false);
        }
    }

    @Test
    void neverShowsInternalNotesToVisitors() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            var note = send("n", conversation.id().toString(), "note-1", "the customer seems upset");
            ann.send(note.toBuilder().setSend(note.getSend().toBuilder()
                    .setKind(io.parley.gateway.protocol.MessageKind.MESSAGE_KIND_NOTE)).build());
            assertThat(bob.next(MESSAGE).getMessage().getMessage().getKind())
                    .isEqualTo(io.parley.gateway.protocol.MessageKind.MESSAGE_KIND_NOTE);
            ann.send(send("t", conversation.id().toString(), "text-1", "how can I help?"));
            var first = vera.next(MESSAGE).getMessage().getMessage();
            assertThat(first.getBody()).isEqualTo("how can I help?");
            assertThat(first.getSequence()).isEqualTo(2);
        }
    }

    @Test
    void resumeReplaysWhatWasMissedThenLiveDeliveryContinues() {
        ConversationView conversation = conversations.start(vera());
        for (int i = 1; i <= 3; i++) {
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "missed " + i);
        }
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            vera.send(ClientFrame.newBuilder().setRequestId("r").setResume(Resume.newBuilder()
                    .setConversationId(conversation.id().toString()).setAfterSequence(1)).build());
            List<Long> replayed = new ArrayList<>();
            ServerFrame frame;
            while ((frame = vera.next()).getFrameCase() == MESSAGE) {
                assertThat(frame.getMessage().getReplay()).isTrue();
                replayed.add(frame.getMessage().getMessage().getSequence());
            }
            assertThat(replayed).containsExactly(2L, 3L);
            assertThat(frame.getFrameCase()).isEqualTo(RESUME_COMPLETE);
            assertThat(frame.getRequestId()).isEqualTo("r");
            assertThat(frame.getResumeComplete().getLastSequence()).isEqualTo(3);

            post(conversation, "live 4");
            var live = vera.next(MESSAGE).getMessage();
            assertThat(live.getReplay()).isFalse();
            assertThat(live.getMessage().getSequence()).isEqualTo(4);
        }
    }

    @Test
    void resumeDuringLiveTrafficLeavesNoGapNorDuplicate() throws Exception {
        ConversationView conversation = conversations.start(vera());
        for (int i = 1; i <= 1500; i++) {
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "old " + i);
        }
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            var live = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 300; i++) {
                    post(conversation, "during " + i);
                    if (i % 20 == 0) {
                        Thread.yield();
                    }
                }
            });
            vera.send(ClientFrame.newBuilder().setRequestId("r").setResume(Resume.newBuilder()
                    .setConversationId(conversation.id().toString())).build());
            List<Long> beforeReplay = new ArrayList<>();
            List<Long> replayed = new ArrayList<>();
            ServerFrame frame;
            while ((frame = vera.next()).getFrameCase() != RESUME_COMPLETE) {
                var delivered = frame.getMessage();
                (delivered.getReplay() ? replayed : beforeReplay).add(delivered.getMessage().getSequence());
                assertThat(delivered.getReplay() || replayed.isEmpty()).as("no live message inside the replay")
                        .isTrue();
            }
            long last = frame.getResumeComplete().getLastSequence();
            assertThat(replayed).as("the replay is every message from the start")
                    .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            live.join();
            for (int i = 0; i < 100; i++) {
                post(conversation, "after " + i);
            }
            List<Long> after = new ArrayList<>();
            while (last + after.size() < 1900) {
                after.add(vera.next(MESSAGE).getMessage().getMessage().getSequence());
            }
            assertThat(after).as("live delivery continues right after the replay")
                    .isEqualTo(LongStream.rangeClosed(last + 1, 1900).boxed().toList());
            assertThat(beforeReplay).as("live messages that came before the resume was handled are in order")
                    .isSorted();
            assertThat(vera.poll(300)).as("nothing more").isNull();
        }
    }

    @Test
    void fillsAGapLeftByAMessageThatWasNotPushedHere() {
        ConversationView conversation = conversations.start(vera());
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            post(conversation, "one");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getSequence()).isEqualTo(1);
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "two, via another node");
            post(conversation, "three");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getBody())
                    .isEqualTo("two, via another node");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getSequence()).isEqualTo(3);
        }
    }
}
