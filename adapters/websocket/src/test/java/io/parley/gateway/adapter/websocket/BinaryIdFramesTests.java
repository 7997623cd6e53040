package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.MessageDelivered;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.TypingNotice;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;

/** Which ids go binary, for whom, and how often a shared frame is encoded. */
class BinaryIdFramesTests {

    private static final UUID CONVERSATION = UUID.randomUUID();
    private static final UUID MESSAGE = UUID.randomUUID();
    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID VISITOR = UUID.randomUUID();

    private final FrameCodec proto = FrameCodecs.forSubprotocol("parley.v1.proto").orElseThrow();
    private final FrameCodec json = FrameCodecs.forSubprotocol("parley.v1.json").orElseThrow();

    private static ServerFrame delivered(String clientMessageId, AuthorKind kind, String authorId) {
        return ServerFrame.newBuilder().setMessage(MessageDelivered.newBuilder().setMessage(Message.newBuilder()
                .setId(MESSAGE.toString()).setConversationId(CONVERSATION.toString()).setSequence(3)
                .setClientMessageId(clientMessageId).setAuthorKind(kind).setAuthorId(authorId).setBody("hi"))).build();
    }

    @Test
    void ackIdsMoveToTheirBinaryTwins() {
        var ack = ServerFrame.newBuilder().setRequestId("r").setAck(Ack.newBuilder()
                .setConversationId(CONVERSATION.toString()).setClientMessageId(CLIENT.toString())
                .setMessageId(MESSAGE.toString()).setSequence(3).setDuplicate(true)).build();

        var binary = BinaryIdFrames.withBinaryIds(ack);

        assertThat(binary.getRequestId()).isEqualTo("r");
        assertThat(binary.getAck()).isEqualTo(Ack.newBuilder().setConversationIdBin(BinaryIds.of(CONVERSATION))
                .setClientMessageIdBin(BinaryIds.of(CLIENT)).setMessageIdBin(BinaryIds.of(MESSAGE)).setSequence(3)
                .setDuplicate(true).build());
    }

    @Test
    void messageIdsMoveToTheirBinaryTwinsAndEverythingElseStays() {
        var binary = BinaryIdFrames.withBinaryIds(delivered(CLIENT.toString(), AuthorKind.AUTHOR_KIND_VISITOR,
                VISITOR.toString())).getMessage().getMessage();

        assertThat(binary.getId()).isEmpty();
        assertThat(binary.getConversationId()).isEmpty();
        assertThat(binary.getClientMessageId()).isEmpty();
        assertThat(binary.getAuthorId()).isEmpty();
        assertThat(BinaryIds.uuid(binary.getIdBin(), "id_bin")).isEqualTo(MESSAGE);
        assertThat(BinaryIds.uuid(binary.getConversationIdBin(), "conversation_id_bin")).isEqualTo(CONVERSATION);
        assertThat(BinaryIds.uuid(binary.getClientMessageIdBin(), "client_message_id_bin")).isEqualTo(CLIENT);
        assertThat(BinaryIds.uuid(binary.getAuthorIdBin(), "author_id_bin")).isEqualTo(VISITOR);
        assertThat(binary.getSequence()).isEqualTo(3);
        assertThat(binary.getBody()).isEqualTo("hi");
    }

    @Test
    void idsThatAreNoCanonicalUuidStayStrings() {
        String upper = CLIENT.toString().toUpperCase();
        for (String clientId : new String[] {"web-7f3a-0001", upper}) {
            var binary = BinaryIdFrames.withBinaryIds(delivered(clientId, AuthorKind.AUTHOR_KIND_BOT, ""))
                    .getMessage().getMessage();
            assertThat(binary.getClientMessageId()).isEqualTo(clientId);
            assertThat(binary.getClientMessageIdBin()).isEqualTo(ByteString.EMPTY);
            assertThat(binary.getAuthorId()).isEmpty();
            assertThat(binary.getAuthorIdBin()).as("the bot has no id, in either form").isEqualTo(ByteString.EMPTY);
            assertThat(binary.getIdBin().size()).isEqualTo(16);
        }
    }

    @Test
    void sharedFramesEncodeOncePerVariantAndOnlyTheVariantsAsked() throws Exception {
        var counting = new CountingCodec(proto);
        var shared = new SharedFrame(delivered(CLIENT.toString(), AuthorKind.AUTHOR_KIND_VISITOR, VISITOR.toString()));

        for (int recipient = 0; recipient < 3; recipient++) {
            var binary = ServerFrame.parseFrom(((BinaryMessage) shared.encodedWith(counting, true)).getPayload());
            assertThat(binary.getMessage().getMessage().getIdBin()).isEqualTo(BinaryIds.of(MESSAGE));
        }
        assertThat(counting.encoded.get()).as("binary ids only, once").isEqualTo(1);

        for (int recipient = 0; recipient < 3; recipient++) {
            var strings = ServerFrame.parseFrom(((BinaryMessage) shared.encodedWith(counting, false)).getPayload());
            assertThat(strings.getMessage().getMessage().getId()).isEqualTo(MESSAGE.toString());
            assertThat(strings.getMessage().getMessage().getIdBin()).isEqualTo(ByteString.EMPTY);
        }
        assertThat(counting.encoded.get()).as("then string ids, once").isEqualTo(2);

        assertThat(((TextMessage) shared.encodedWith(json, true)).getPayload())
                .as("JSON keeps strings even for a recipient that asked for binary ids")
                .contains("\"id\":\"" + MESSAGE + "\"").doesNotContain("Bin");
    }

    @Test
    void framesWithoutIdsToMoveAreEncodedOnceForEveryone() {
        var counting = new CountingCodec(proto);
        var shared = new SharedFrame(ServerFrame.newBuilder().setTyping(TypingNotice.newBuilder()
                .setConversationId(CONVERSATION.toString()).setTyping(true)).build());

        var forBinary = (BinaryMessage) shared.encodedWith(counting, true);
        var forStrings = (BinaryMessage) shared.encodedWith(counting, false);

        assertThat(counting.encoded.get()).isEqualTo(1);
        assertThat(forStrings.getPayload().array()).isSameAs(forBinary.getPayload().array());
    }

    private static final class CountingCodec implements FrameCodec {

        private final FrameCodec codec;
        final AtomicInteger encoded = new AtomicInteger();

        CountingCodec(FrameCodec codec) {
            this.codec = codec;
        }

        @Override
        public String subprotocol() {
            return codec.subprotocol();
        }

        @Override
        public io.parley.gateway.protocol.ClientFrame decode(WebSocketMessage<?> message) {
            return codec.decode(message);
        }

        @Override
        public WebSocketMessage<?> encode(ServerFrame frame) {
            encoded.incrementAndGet();
            return codec.encode(frame);
        }

        @Override
        public boolean carriesBinaryIds() {
            return codec.carriesBinaryIds();
        }
    }
}
