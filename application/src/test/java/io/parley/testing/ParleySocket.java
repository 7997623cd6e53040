package io.parley.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client of Parley's gateway, speaking either subprotocol, collecting server frames in order. */
public final class ParleySocket implements AutoCloseable {

    public enum Encoding {
        JSON("parley.v1.json"), PROTO("parley.v1.proto");

        final String subprotocol;

        Encoding(String subprotocol) {
            this.subprotocol = subprotocol;
        }
    }

    private final Encoding encoding;
    private final WebSocket socket;
    private final LinkedBlockingDeque<ServerFrame> frames = new LinkedBlockingDeque<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private ParleySocket(Encoding encoding, int port, String origin) {
        this.encoding = encoding;
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(encoding.subprotocol)
                .connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Collector()).join();
    }

    public static ParleySocket open(Encoding encoding, int port, String origin) {
        return new ParleySocket(encoding, port, origin);
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public ServerFrame authenticateAgent(String token) {
        return request(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setAgentToken(token)));
    }

    public ServerFrame authenticateVisitor(String token) {
        return request(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setVisitorToken(token)));
    }

    /**
     * Sends the frame with a fresh request id and returns the server's direct answer to it. Frames pushed before the
     * answer (the sender's own copy of a message may come first) stay for the next {@link #await}.
     */
    public ServerFrame request(ClientFrame.Builder frame) {
        String requestId = "r-" + System.nanoTime();
        send(frame.setRequestId(requestId).build());
        List<ServerFrame> earlier = new ArrayList<>();
        try {
            return await(f -> f.getRequestId().equals(requestId) || !earlier.add(f), Duration.ofSeconds(10));
        } finally {
            earlier.reversed().forEach(frames::addFirst);
        }
    }

    public void send(ClientFrame frame) {
        try {
            if (encoding == Encoding.JSON) {
                socket.sendText(JsonFormat.printer().omittingInsignificantWhitespace().print(frame), true).join();
            } else {
                socket.sendBinary(ByteBuffer.wrap(frame.toByteArray()), true).join();
            }
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    public void sendRawText(String text) {
        socket.sendText(text, true).join();
    }

    public void sendRawBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /**
     * Sends bytes as one binary message, like {@link #sendRawBinary}, for a message the server may refuse before it
     * has read it all: false when the server closed the connection while it was still being written.
     */
    public boolean trySendRawBinary(byte[] bytes) {
        try {
            socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
            return true;
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException) {
                return false;
            }
            throw e;
        }
    }

    /** The first frame matching, skipping others; fails after the timeout. */
    public ServerFrame await(Predicate<ServerFrame> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                ServerFrame frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
                if (frame == null) {
                    throw new AssertionError("no matching frame within " + timeout + (closed.isDone()
                            ? " (connection closed with " + closed.getNow(null) + ")" : ""));
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame, or null when none arrives in time. */
    public ServerFrame poll(Duration timeout) {
        try {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The close code the server sent, waiting for it up to the timeout; -1 when the connection broke without one. */
    public int awaitClose(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();
        private ByteBuffer binary = ByteBuffer.allocate(0);

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    var builder = ServerFrame.newBuilder();
                    JsonFormat.parser().merge(text.toString(), builder);
                    frames.add(builder.build());
                } catch (InvalidProtocolBufferException e) {
                    throw new AssertionError("server sent undecodable JSON: " + text, e);
                } finally {
                    text.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ByteBuffer joined = ByteBuffer.allocate(binary.remaining() + data.remaining());
            joined.put(binary).put(data).flip();
            binary = joined;
            if (last) {
                try {
                    frames.add(ServerFrame.parseFrom(binary));
                } catch (InvalidProtocolBufferException e) {
                    throw new AssertionError("server sent undecodable protobuf", e);
                } finally {
                    binary = ByteBuffer.allocate(0);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }
}
