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
import io.parley.gateway.protocol.PresenceStatus;
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
    void jsonEnumNamesTheSchemaDoesNotKnowReachTheHandlerAsUnknownValues() {
        var note = json.decode(new TextMessage("""
                {"send":{"conversationId":"c","clientMessageId":"x","body":"b","kind":"NOTE"}}"""));
        assertThat(note.getSend().getKind()).as("REST's spelling is not a protocol name")
                .isEqualTo(MessageKind.UNRECOGNIZED);
        var busy = json.decode(new TextMessage("{\"setPresence\":{\"status\":\"BUSY\"}}"));
        assertThat(busy.getSetPresence().getStatus()).isEqualTo(PresenceStatus.UNRECOGNIZED);
        assertThat(json.decode(new TextMessage("{\"send\":{\"kind\":\"MESSAGE_KIND_NOTE\"}}")).getSend().getKind())
                .isEqualTo(MessageKind.MESSAGE_KIND_NOTE);
        assertThat(json.decode(new TextMessage("{\"send\":{\"kind\":2}}")).getSend().getKind())
                .as("protobuf's JSON mapping takes numbers too").isEqualTo(MessageKind.MESSAGE_KIND_NOTE);
        assertThat(json.decode(new TextMessage("{\"send\":{\"kind\":77}}")).getSend().getKind())
                .isEqualTo(MessageKind.UNRECOGNIZED);
    }

    @Test
    void jsonValuesOfTheWrongTypeAreMalformedAndKeepTheRequestId() {
        for (String frame : new String[] {
                "\"send\":{\"conversationId\":[\"0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a11\"],\"body\":\"b\"}",
                "\"send\":{\"conversationId\":\"c\",\"clientMessageId\":12}",
                "\"send\":{\"body\":true}",
                "\"send\":{\"body\":{\"text\":\"b\"}}",
                "\"send\":{\"kind\":2.5}",
                "\"send\":{\"kind\":[\"MESSAGE_KIND_NOTE\"]}",
                "\"send\":{\"conversationIdBin\":123}",
                "\"send\":\"hello\"",
                "\"typing\":{\"conversationId\":\"c\",\"typing\":\"true\"}",
                "\"typing\":{\"conversationId\":\"c\",\"typing\":1}",
                "\"resume\":{\"conversationId\":{\"id\":\"c\"}}",
                "\"resume\":{\"conversationId\":\"c\",\"afterSequence\":true}",
                "\"read\":{\"conversationId\":\"c\",\"sequence\":[5]}",
                "\"heartbeat\":{\"clientTimeMs\":{}}",
                "\"authenticate\":{\"agentToken\":[\"t\"]}",
                "\"authenticate\":{\"visitorToken\":7}",
                "\"authenticate\":{\"agentToken\":\"t\",\"binaryIds\":\"yes\"}",
                "\"setPresence\":{\"status\":true}",
                "\"startConversation\":[]"}) {
            String text = "{\"requestId\":\"r-7\"," + frame + "}";
            assertThatThrownBy(() -> json.decode(new TextMessage(text))).as(text)
                    .isInstanceOfSatisfying(MalformedFrameException.class,
                            e -> assertThat(e.requestId()).isEqualTo("r-7"));
        }
    }

    @Test
    void malformedFramesKeepTheRequestIdTheyCarried() {
        assertThatThrownBy(() -> json.decode(new TextMessage("{\"requestId\":\"r-8\"}")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.requestId()).isEqualTo("r-8"));
        assertThatThrownBy(() -> json.decode(new TextMessage("{\"request_id\":\"r-9\",\"resume\":{\"afterSequence\":\"many\"}}")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.requestId()).isEqualTo("r-9"));
        // request id "r-10", then a tag no protobuf encoder writes
        byte[] garbage = {0x0a, 0x04, 'r', '-', '1', '0', (byte) 0xff, (byte) 0xff, 0x7f};
        assertThatThrownBy(() -> proto.decode(new BinaryMessage(garbage)))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.requestId()).isEqualTo("r-10"));
    }

    @Test
    void binaryFieldsWrittenWithAnotherWireTypeAreMalformed() {
        // request id "r-11", then send (field 11) whose body (field 3) is a varint instead of a string
        byte[] numberAsBody = {0x0a, 0x04, 'r', '-', '1', '1', 0x5a, 0x02, 0x18, 0x05};
        assertThatThrownBy(() -> proto.decode(new BinaryMessage(numberAsBody)))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.requestId()).isEqualTo("r-11"))
                .hasMessageContaining("wrong wire type");
        // unknown field numbers still pass, as the protocol promises newer clients
        byte[] unknownField = {0x0a, 0x01, 'r', 0x7a, 0x00, (byte) 0xa0, 0x06, 0x01};
        assertThat(proto.decode(new BinaryMessage(unknownField)).hasHeartbeat()).isTrue();
    }

    @Test
    void ackFieldsKeepTheirJsonNames() throws Exception {
        var ack = ServerFrame.newBuilder().setRequestId("r").setAck(Ack.newBuilder().setClientMessageId("c-1")
                .setSequence(7).setDuplicate(true)).build();
        assertThat(((TextMessage) json.encode(ack)).getPayload())
                .isEqualTo("{\"requestId\":\"r\",\"ack\":{\"clientMessageId\":\"c-1\",\"sequence\":\"7\",\"duplicate\":true}}");
    }
}
