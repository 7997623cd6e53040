package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ACK;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.RESUME_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.Resume;
import io.parley.gateway.protocol.SendMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids as 16 bytes on parley.v1.proto: for the connections that ask for them, and only for those. */
class BinaryIdTests extends EndpointTestSupport {

    private TestClient connect(String subprotocol, Authenticate.Builder credential, boolean expectBinaryIds) {
        var client = TestClient.connect(port, subprotocol, "https://shop.example.com");
        assertThat(client.authenticate(credential.build()).getBinaryIds()).as("binary ids granted")
                .isEqualTo(expectBinaryIds);
        return client;
    }

    private static ClientFrame sendBinary(String requestId, ConversationView conversation, UUID clientMessageId) {
        return ClientFrame.newBuilder().setRequestId(requestId).setSend(SendMessage.newBuilder()
                .setConversationIdBin(BinaryIds.of(conversation.id().value()))
                .setClientMessageIdBin(BinaryIds.of(clientMessageId)).setBody("hello in binary")).build();
    }

    private static ClientFrame withSend(ClientFrame frame, SendMessage.Builder send) {
        return frame.toBuilder().setSend(send).build();
    }

    @Test
    void binaryIdsGoOnlyToTheConnectionsThatAskedForThem() throws Exception {
        ConversationView conversation = conversations.start(vera());
        UUID clientMessageId = UUID.randomUUID();
        try (var vera = connect("parley.v1.proto", Authenticate.newBuilder().setVisitorToken("vera-token")
                     .setBinaryIds(true), true);
             var ann = connect("parley.v1.proto", Authenticate.newBuilder().setAgentToken("ann-token")
                     .setBinaryIds(true), true);
             var bob = connect("parley.v1.proto", Authenticate.newBuilder().setAgentToken("bob-token"), false);
             var veraBrowser = connect("parley.v1.json", Authenticate.newBuilder().setVisitorToken("vera-token")
                     .setBinaryIds(true), false)) {
            vera.send(sendBinary("s-1", conversation, clientMessageId));

            Ack ack = vera.next(ACK).getAck();
            assertThat(ack.getConversationId()).isEmpty();
            assertThat(ack.getClientMessageId()).isEmpty();
            assertThat(ack.getMessageId()).isEmpty();
            assertThat(ack.getConversationIdBin()).isEqualTo(BinaryIds.of(conversation.id().value()));
            assertThat(ack.getClientMessageIdBin()).isEqualTo(BinaryIds.of(clientMessageId));
            assertThat(ack.getMessageIdBin().size()).isEqualTo(16);
            assertThat(ack.getSequence()).isEqualTo(1);
            String messageId = BinaryIds.uuid(ack.getMessageIdBin(), "message_id_bin").toString();

            for (var binary : List.of(vera, ann)) {
                Message message = binary.next(MESSAGE).getMessage().getMessage();
                assertThat(message.getIdBin()).isEqualTo(ack.getMessageIdBin());
                assertThat(message.getConversationIdBin()).isEqualTo(ack.getConversationIdBin());
                assertThat(message.getClientMessageIdBin()).isEqualTo(ack.getClientMessageIdBin());
                assertThat(message.getAuthorIdBin()).isEqualTo(BinaryIds.of(VERA.value()));
                assertThat(List.of(message.getId(), message.getConversationId(), message.getClientMessageId(),
                        message.getAuthorId())).containsOnly("");
                assertThat(message.getBody()).isEqualTo("hello in binary");
            }
            for (var strings : List.of(bob, veraBrowser)) {
                Message message = strings.next(MESSAGE).getMessage().getMessage();
                assertThat(message.getId()).isEqualTo(messageId);
                assertThat(message.getConversationId()).isEqualTo(conversation.id().toString());
                assertThat(message.getClientMessageId()).as("stored as the UUID's canonical text")
                        .isEqualTo(clientMessageId.toString());
                assertThat(message.getAuthorId()).isEqualTo(VERA.toString());
                assertThat(List.of(message.getIdBin(), message.getConversationIdBin(),
                        message.getClientMessageIdBin(), message.getAuthorIdBin())).containsOnly(ByteString.EMPTY);
            }

            vera.send(sendBinary("s-2", conversation, clientMessageId));
            Ack again = vera.next(ACK).getAck();
            assertThat(again.getDuplicate()).isTrue();
            assertThat(again.getMessageIdBin()).isEqualTo(ack.getMessageIdBin());
            assertThat(again.getSequence()).isEqualTo(1);

            // the canonical string form of the same client message id names the same message
            vera.send(send("s-3", conversation.id().toString(), clientMessageId.toString(), "hello in binary"));
            Ack asString = vera.next(ACK).getAck();
            assertThat(asString.getDuplicate()).isTrue();
            assertThat(asString.getMessageIdBin()).isEqualTo(ack.getMessageIdBin());
            assertThat(asString.getClientMessageIdBin()).isEqualTo(ack.getClientMessageIdBin());

            ann.send(ClientFrame.newBuilder().setRequestId("r").setResume(Resume.newBuilder()
                    .setConversationId(conversation.id().toString())).build());
            var replayed = ann.next(MESSAGE).getMessage();
            assertThat(replayed.getReplay()).isTrue();
            assertThat(replayed.getMessage().getIdBin()).isEqualTo(ack.getMessageIdBin());
            assertThat(ann.next(RESUME_COMPLETE).getResumeComplete().getLastSequence()).isEqualTo(1);
        }
    }

    @Test
    void anIdThatIsNotSixteenBytesIsRefusedAndNothingIsStored() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var vera = connect("parley.v1.proto", Authenticate.newBuilder().setVisitorToken("vera-token")
                     .setBinaryIds(true), true);
             var ann = TestClient.agent(port, "ann-token")) {
            var good = sendBinary("s", conversation, UUID.randomUUID());
            var shortConversation = withSend(good, good.getSend().toBuilder()
                    .setConversationIdBin(BinaryIds.of(conversation.id().value()).substring(0, 15)));
            var longClientId = withSend(good, good.getSend().toBuilder()
                    .setClientMessageIdBin(BinaryIds.of(UUID.randomUUID()).concat(ByteString.copyFrom(new byte[1]))));

            for (var bad : List.of(shortConversation, longClientId)) {
                vera.send(bad);
                var error = vera.next(ERROR);
                assertThat(error.getRequestId()).isEqualTo("s");
                assertError(error, "request.invalid-id", false);
                assertThat(error.getError().getMessage()).contains("must be 16 bytes");
            }
            assertThat(conversations.history(vera(), conversation.id(), HistoryQuery.after(0))).isEmpty();
            assertThat(noFrameOf(ann, MESSAGE)).isTrue();
        }
    }

    @Test
    void aStringAndABinaryTwinNamingDifferentIdsAreRefused() throws Exception {
        ConversationView conversation = conversations.start(vera());
        ConversationView another = conversations.start(vera());
        try (var vera = connect("parley.v1.proto", Authenticate.newBuilder().setVisitorToken("vera-token"), false);
             var ann = TestClient.agent(port, "ann-token")) {
            UUID clientMessageId = UUID.randomUUID();
            var good = sendBinary("s", conversation, clientMessageId);
            var twoConversations = withSend(good, good.getSend().toBuilder()
                    .setConversationId(another.id().toString()));
            var twoClientIds = withSend(good, good.getSend().toBuilder().setClientMessageId("m-1"));

            for (var bad : List.of(twoConversations, twoClientIds)) {
                vera.send(bad);
                var error = vera.next(ERROR);
                assertError(error, "request.invalid-id", false);
                assertThat(error.getError().getMessage()).contains("name different ids");
            }
            assertThat(conversations.history(vera(), conversation.id(), HistoryQuery.after(0))).isEmpty();
            assertThat(conversations.history(vera(), another.id(), HistoryQuery.after(0))).isEmpty();
            assertThat(noFrameOf(ann, MESSAGE)).isTrue();

            // both forms naming the same id pass, and a connection without binary ids is answered in strings
            vera.send(withSend(good, good.getSend().toBuilder().setConversationId(conversation.id().toString())
                    .setClientMessageId(clientMessageId.toString())));
            Ack ack = vera.next(ACK).getAck();
            assertThat(ack.getClientMessageId()).isEqualTo(clientMessageId.toString());
            assertThat(ack.getConversationId()).isEqualTo(conversation.id().toString());
            assertThat(ack.getMessageIdBin()).isEqualTo(ByteString.EMPTY);
        }
    }
}
