package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.MessageDelivered;
import io.parley.gateway.protocol.MessageKind;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;

class FrameCodecsTests {

    private final FrameCodec proto = FrameCodecs.forSubprotocol("parley.v1.proto").orElseThrow();
    private final FrameCodec json = FrameCodecs.forSubprotocol("parley.v1.json").orElseThrow();

    private static final ClientFrame SEND = ClientFrame.newBuilder().setRequestId("r-1").setSend(SendMessage.newBuilder()
            .setConversationId("0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a11").setClientMessageId("c-1")
            .setBody("你好, \"world\" 👋").setKind(MessageKind.MESSAGE_KIND_TEXT)).build();

    private static final ServerFrame DELIVERED = ServerFrame.newBuilder().setMessage(MessageDelivered.newBuilder()
            .setReplay(true).setMessage(Message.newBuilder().setId("m-1").setConversationId("c").setSequence(1L << 40)
                    .setBody("line one\nline two 你好").setCreatedAtMs(1_700_000_000_000L))).build();

    @Test
    void offersBinaryFirstThenJson() {
        assertThat(FrameCodecs.subprotocols()).containsExactly("parley.v1.proto", "parley.v1.json");
        assertThat(FrameCodecs.forSubprotocol("parley.v2.json")).isEmpty();
        assertThat(FrameCodecs.forSubprotocol(null)).isEmpty();
    }

    @Test
    void binaryClientFramesDecodeToWhatTheClientSerialized() {
        assertThat(proto.decode(new BinaryMessage(SEND.toByteArray()))).isEqualTo(SEND);
    }

    @Test
    void binaryServerFramesParseBackToTheSameFrame() throws Exception {
        var encoded = (BinaryMessage) proto.encode(DELIVERED);
        assertThat(ServerFrame.parseFrom(encoded.getPayload())).isEqualTo(DELIVERED);
    }

    @Test
    void jsonClientFramesDecodeToWhatTheClientPrinted() throws Exception {
        String text = JsonFormat.printer().print(SEND);
        assertThat(json.decode(new TextMessage(text))).isEqualTo(SEND);
    }

    @Test
    void jsonServerFramesAreCompactCanonicalJsonThatParsesBack() throws Exception {
        var encoded = (TextMessage) json.encode(DELIVERED);
        String text = encoded.getPayload();
        assertThat(text).doesNotContain(": ").doesNotContain("\n  ")
                .contains("\"sequence\":\"1099511627776\"")  // int64 travels as a JSON string
                .contains("\"replay\":true");
        var parsed = ServerFrame.newBuilder();
        JsonFormat.parser().merge(text, parsed);
        assertThat(parsed.build()).isEqualTo(DELIVERED);
    }

    @Test
    void jsonAcceptsNumbersForInt64AndLowerCamelOrOriginalFieldNames() {
        var frame = json.decode(new TextMessage("""
                {"requestId":"a","resume":{"conversation_id":"c","afterSequence":42}}"""));
        assertThat(frame.getResume().getAfterSequence()).isEqualTo(42);
        assertThat(frame.getResume().getConversationId()).isEqualTo("c");
    }

    @Test
    void jsonIgnoresUnknownFieldsLikeTheBinaryEncoding() {
        var frame = json.decode(new TextMessage("{\"heartbeat\":{\"clientTimeMs\":\"5\",\"fromTheFuture\":1}}"));
        assertThat(frame.getHeartbeat().getClientTimeMs()).isEqualTo(5);
    }

    @Test
    void sharedFramesGiveEveryRecipientAFullBinaryPayload() throws Exception {
        var shared = new SharedFrame(DELIVERED);
        var first = (BinaryMessage) shared.encodedWith(proto, false);
        ServerFrame.parseFrom(first.getPayload());  // consumes the first recipient's buffer
        var second = (BinaryMessage) shared.encodedWith(proto, false);
        assertThat(ServerFrame.parseFrom(second.getPayload())).isEqualTo(DELIVERED);
        assertThat(((TextMessage) shared.encodedWith(json, false)).getPayload()).contains("\"replay\":true");
    }

    @Test
    void textFramesOnTheBinarySubprotocolAreMalformed() {
        assertThatThrownBy(() -> proto.decode(new TextMessage("{\"heartbeat\":{}}")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("binary frames only");
    }

    @Test
    void binaryFramesOnTheJsonSubprotocolAreMalformed() {
        var bytes = ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setAgentToken("t")).build()
                .toByteArray();
        assertThatThrownBy(() -> json.decode(new BinaryMessage(bytes)))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("text frames only");
    }

    @Test
    void bytesThatAreNoClientFrameAreMalformed() {
        assertThatThrownBy(() -> proto.decode(new BinaryMessage(new byte[] {(byte) 0xff, (byte) 0xff, 0x7f})))
                .isInstanceOf(MalformedFrameException.class);
    }

    @Test
    void framesNamingNoKnownFrameAreMalformed() {
        assertThatThrownBy(() -> proto.decode(new BinaryMessage(new byte[0])))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("none of the known");
        // field 99, varint 1: a frame type from a newer protocol
        assertThatThrownBy(() -> proto.decode(new BinaryMessage(ByteBuffer.wrap(new byte[] {(byte) 0x98, 0x06, 1}))))
                .isInstanceOf(MalformedFrameException.class);
        assertThatThrownBy(() -> json.decode(new TextMessage("{\"requestId\":\"x\"}")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("none of the known");
    }

    @Test
    void textThatIsNoClientFrameInJsonIsMalformed() {
        for (String text : new String[] {"", "hello", "[1,2]", "{\"send\":", "{\"send\":{\"body\":{}}}",
                "{\"heartbeat\":{},\"typing\":{}}", "{\"resume\":{\"afterSequence\":\"many\"}}"}) {
            assertThatThrownBy(() -> json.decode(new TextMessage(text.getBytes(StandardCharsets.UTF_8))))
                    .as(text).isInstanceOf(MalformedFrameException.class);
        }
    }

    @Test
    void ackFieldsKeepTheirJsonNames() throws Exception {
        var ack = ServerFrame.newBuilder().setRequestId("r").setAck(Ack.newBuilder().setClientMessageId("c-1")
                .setSequence(7).setDuplicate(true)).build();
        assertThat(((TextMessage) json.encode(ack)).getPayload())
                .isEqualTo("{\"requestId\":\"r\",\"ack\":{\"clientMessageId\":\"c-1\",\"sequence\":\"7\",\"duplicate\":true}}");
    }
}
