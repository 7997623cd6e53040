package io.parley.gateway.adapter.websocket;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.io.IOException;
import java.io.StringReader;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;

/**
 * {@code parley.v1.json}: each text frame is one ClientFrame or ServerFrame in protobuf's canonical JSON mapping.
 * Unknown fields are ignored, as the binary encoding does, so that older servers accept newer clients; known fields
 * must have their types ({@link JsonFrameTypes}).
 */
final class JsonFrameCodec implements FrameCodec {

    static final String SUBPROTOCOL = "parley.v1.json";

    private final JsonFormat.Parser parser = JsonFormat.parser().ignoringUnknownFields();
    private final JsonFormat.Printer printer = JsonFormat.printer().omittingInsignificantWhitespace();

    @Override
    public String subprotocol() {
        return SUBPROTOCOL;
    }

    @Override
    public ClientFrame decode(WebSocketMessage<?> message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedFrameException("subprotocol " + SUBPROTOCOL + " takes text frames only");
        }
        JsonObject tree = tree(text.getPayload());
        String requestId = JsonFrameTypes.requestId(tree);
        var builder = ClientFrame.newBuilder();
        try {
            boolean replaced = JsonFrameTypes.check(tree, ClientFrame.getDescriptor());
            parser.merge(replaced ? tree.toString() : text.getPayload(), builder);
        } catch (MalformedFrameException e) {
            throw e.withRequestId(requestId);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new MalformedFrameException("the text frame is not a parley.v1.ClientFrame in JSON: "
                    + firstLine(e.getMessage())).withRequestId(requestId);
        }
        return MalformedFrameException.requireFrame(builder.build());
    }

    /** The frame as a JSON object, read as protobuf's parser reads it. */
    private static JsonObject tree(String payload) {
        try {
            var reader = new JsonReader(new StringReader(payload));
            JsonElement tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedFrameException("the text frame holds more than one JSON value");
            }
            if (!(tree instanceof JsonObject object)) {
                throw new MalformedFrameException("the text frame is not a JSON object");
            }
            return object;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new MalformedFrameException("the text frame is not JSON: " + firstLine(e.getMessage()));
        }
    }

    @Override
    public WebSocketMessage<?> encode(ServerFrame frame) {
        try {
            return new TextMessage(printer.print(frame));
        } catch (InvalidProtocolBufferException e) {
            // only Any fields can fail to print, and the schema has none
            throw new IllegalStateException("cannot print a ServerFrame as JSON", e);
        }
    }

    /** Ids stay strings in JSON, where people read them; a client's request for binary ids is ignored. */
    @Override
    public boolean carriesBinaryIds() {
        return false;
    }

    /** The parser's explanation names fields and positions, never more than the first line of it. */
    private static String firstLine(@org.jspecify.annotations.Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
