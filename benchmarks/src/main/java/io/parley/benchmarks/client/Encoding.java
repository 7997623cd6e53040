package io.parley.benchmarks.client;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The two subprotocols of parley.v1: the same schema as binary protobuf frames or as protobuf-JSON text frames. */
public enum Encoding {

    PROTO("parley.v1.proto") {
        @Override
        public WebSocketFrame encode(Message message, ByteBufAllocator allocator) {
            ByteBuf buffer = allocator.buffer(message.getSerializedSize());
            try (var out = new ByteBufOutputStream(buffer)) {
                message.writeTo(out);
            } catch (IOException e) {
                buffer.release();
                throw new UncheckedIOException(e);
            }
            return new BinaryWebSocketFrame(buffer);
        }

        @Override
        public <B extends Message.Builder> B decode(WebSocketFrame frame, B builder) throws InvalidProtocolBufferException {
            if (!(frame instanceof BinaryWebSocketFrame)) {
                throw new InvalidProtocolBufferException("text frame on the binary subprotocol");
            }
            try {
                builder.mergeFrom(CodedInputStream.newInstance(frame.content().nioBuffer()));
            } catch (InvalidProtocolBufferException e) {
                throw e;
            } catch (IOException e) {
                throw new InvalidProtocolBufferException(e);
            }
            return builder;
        }
    },

    JSON("parley.v1.json") {
        private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
        private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

        @Override
        public WebSocketFrame encode(Message message, ByteBufAllocator allocator) {
            try {
                return new TextWebSocketFrame(ByteBufUtil.writeUtf8(allocator, PRINTER.print(message)));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        public <B extends Message.Builder> B decode(WebSocketFrame frame, B builder) throws InvalidProtocolBufferException {
            if (!(frame instanceof TextWebSocketFrame)) {
                throw new InvalidProtocolBufferException("binary frame on the JSON subprotocol");
            }
            PARSER.merge(frame.content().toString(StandardCharsets.UTF_8), builder);
            return builder;
        }
    };

    private final String subprotocol;

    Encoding(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String subprotocol() {
        return subprotocol;
    }

    /** Whether a client may ask for ids as 16 bytes (Authenticate.binary_ids): protobuf only. */
    public boolean carriesBinaryIds() {
        return this == PROTO;
    }

    /** A frame owning a buffer from the allocator: the caller writes it or releases it. */
    public abstract WebSocketFrame encode(Message message, ByteBufAllocator allocator);

    /** Merges the frame's payload into the builder; the frame stays owned by the caller. */
    public abstract <B extends Message.Builder> B decode(WebSocketFrame frame, B builder)
            throws InvalidProtocolBufferException;

    public static Encoding parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "proto", "protobuf", "binary", "parley.v1.proto" -> PROTO;
            case "json", "parley.v1.json" -> JSON;
            default -> throw new IllegalArgumentException("unknown encoding '" + name + "': use proto or json");
        };
    }

    public static @Nullable Encoding bySubprotocol(@Nullable String subprotocol) {
        for (Encoding encoding : values()) {
            if (encoding.subprotocol.equals(subprotocol)) {
                return encoding;
            }
        }
        return null;
    }
}
