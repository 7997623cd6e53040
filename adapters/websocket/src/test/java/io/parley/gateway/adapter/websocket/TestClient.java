package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.Authenticated;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A client on the JDK's WebSocket: frames it receives queue up for the test to take in order. */
final class TestClient implements WebSocket.Listener, AutoCloseable {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * How long a test waits for a frame or a close it expects. Long, so that a machine busy with other work does not
     * fail a test that would have passed a moment later; a test that passes waits only as long as the server takes.
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final boolean json;
    private final BlockingQueue<ServerFrame> frames = new LinkedBlockingQueue<>();
    /** Frames passed over by {@link #next(ServerFrame.FrameCase)}; the test thread alone touches them. */
    private final Deque<ServerFrame> held = new ArrayDeque<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private WebSocket socket;

    private TestClient(boolean json) {
        this.json = json;
    }

    static TestClient connect(int port, String subprotocol, @Nullable String origin) {
        var client = new TestClient(subprotocol.endsWith("json"));
        var builder = HTTP.newWebSocketBuilder().subprotocols(subprotocol).connectTimeout(PATIENCE);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"), client).join();
        return client;
    }

    static TestClient agent(int port, String token) {
        var client = connect(port, "parley.v1.json", null);
        client.authenticate(Authenticate.newBuilder().setAgentToken(token).build());
        return client;
    }

    static TestClient visitor(int port, String token, String subprotocol) {
        var client = connect(port, subprotocol, "https://shop.example.com");
        client.authenticate(Authenticate.newBuilder().setVisitorToken(token).build());
        return client;
    }

    Authenticated authenticate(Authenticate credential) {
        send(ClientFrame.newBuilder().setRequestId("auth").setAuthenticate(credential).build());
        ServerFrame answer = next();
        assertThat(answer.getFrameCase()).as("the answer to authenticate: %s", answer)
                .isEqualTo(ServerFrame.FrameCase.AUTHENTICATED);
        return answer.getAuthenticated();
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(ClientFrame frame) {
        try {
            if (json) {
                socket.sendText(JsonFormat.printer().print(frame), true).join();
            } else {
                socket.sendBinary(ByteBuffer.wrap(frame.toByteArray()), true).join();
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    void sendRaw(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** Like {@link #sendRaw(String)}; false when the server closed the connection before it was all written. */
    boolean trySendRaw(String text) {
        try {
            socket.sendText(text, true).join();
            return true;
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.IOException) {
                return false;
            }
            throw e;
        }
    }

    /** The next frame in arrival order. */
    ServerFrame next() {
        if (!held.isEmpty()) {
            return held.removeFirst();
        }
        try {
            ServerFrame frame = frames.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a frame within %s", PATIENCE).isNotNull();
            return frame;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next frame of this type; frames of other types stay for later calls, in order. */
    ServerFrame next(ServerFrame.FrameCase type) {
        for (var it = held.iterator(); it.hasNext(); ) {
            ServerFrame frame = it.next();
            if (frame.getFrameCase() == type) {
                it.remove();
                return frame;
            }
        }
        while (true) {
            ServerFrame frame;
            try {
                frame = frames.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(frame).as("a %s frame within %s", type, PATIENCE).isNotNull();
            if (frame.getFrameCase() == type) {
                return frame;
            }
            held.addLast(frame);
        }
    }

    @Nullable ServerFrame poll(long millis) throws InterruptedException {
        return held.isEmpty() ? frames.poll(millis, TimeUnit.MILLISECONDS) : held.removeFirst();
    }

    int awaitClose() {
        return closeCode.orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            var builder = ServerFrame.newBuilder();
            try {
                JsonFormat.parser().merge(text.toString(), builder);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("the server sent a frame that is no ServerFrame: " + text, e);
            }
            text.setLength(0);
            frames.add(builder.build());
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        binary.writeBytes(bytes);
        if (last) {
            try {
                frames.add(ServerFrame.parseFrom(binary.toByteArray()));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
            }
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(1006);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }
}
