package io.parley.benchmarks.client;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import com.google.protobuf.ByteString;
import io.parley.gateway.protocol.Authenticated;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Heartbeat;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket connection of the load generator. Setup steps are request/reply futures; during a load every frame
 * goes to the current {@link FrameListener} on the connection's event loop.
 */
public final class Connection {

    private final int id;
    private final Encoding encoding;
    private final long openedAt = System.nanoTime();
    private final CompletableFuture<Authenticated> authenticated = new CompletableFuture<>();
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of("store.unavailable", "message.server-busy");
    private static final int AUTHENTICATE_ATTEMPTS = 10;
    private final Map<String, CompletableFuture<ServerFrame>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile FrameListener listener;
    private volatile @Nullable Channel channel;
    private volatile @Nullable String conversationId;
    private volatile @Nullable ByteString conversationIdBin;
    private volatile boolean binaryIds;
    private volatile long authenticatedAt;
    private volatile boolean closed;
    private @Nullable ScheduledFuture<?> heartbeats;

    Connection(int id, Encoding encoding, FrameListener listener) {
        this.id = id;
        this.encoding = encoding;
        this.listener = listener;
    }

    public int id() {
        return id;
    }

    public Encoding encoding() {
        return encoding;
    }

    public void listener(FrameListener listener) {
        this.listener = listener;
    }

    public @Nullable String conversationId() {
        return conversationId;
    }

    public void conversationId(String conversationId) {
        this.conversationIdBin = BinaryIds.isCanonical(conversationId)
                ? BinaryIds.of(UUID.fromString(conversationId)) : null;
        this.conversationId = conversationId;
    }

    /** Whether the server agreed to send this connection's ids as 16 bytes (Authenticated.binary_ids). */
    public boolean binaryIds() {
        return binaryIds;
    }

    /**
     * Names the conversation in a send: as 16 bytes on a connection with binary ids (the server accepts that form
     * from any connection, yet a server that does not know it only accepts strings), otherwise as its string.
     */
    public SendMessage.Builder conversationOf(SendMessage.Builder send) {
        ByteString binary = conversationIdBin;
        if (binaryIds && binary != null) {
            return send.setConversationIdBin(binary);
        }
        String text = conversationId;
        if (text == null) {
            throw new IllegalStateException("connection " + id + " has no conversation");
        }
        return send.setConversationId(text);
    }

    public CompletableFuture<Authenticated> authenticated() {
        return authenticated;
    }

    /** From the start of the TCP connect to the server's Authenticated frame. */
    public long setupNanos() {
        return authenticatedAt - openedAt;
    }

    public boolean isOpen() {
        Channel current = channel;
        return !closed && current != null && current.isActive();
    }

    public EventLoop eventLoop() {
        return channel().eventLoop();
    }

    /** Sends the frame with a fresh request id; the future completes with the server's direct answer. */
    public CompletableFuture<ServerFrame> request(ClientFrame.Builder frame) {
        String requestId = "q" + requests.incrementAndGet();
        var answer = new CompletableFuture<ServerFrame>();
        if (closed) {
            answer.completeExceptionally(new SetupFailure("connection.closed", "the connection is closed"));
            return answer;
        }
        pending.put(requestId, answer);
        send(frame.setRequestId(requestId).build());
        return answer;
    }

    /** Writes and flushes from any thread. */
    public void send(ClientFrame frame) {
        Channel current = channel();
        current.writeAndFlush(encoding.encode(frame, current.alloc()), current.voidPromise());
    }

    /** Writes and flushes on this connection's event loop; false when the connection is gone. */
    public boolean sendIfOpen(ClientFrame frame) {
        Channel current = channel;
        if (closed || current == null || !current.isActive()) {
            return false;
        }
        current.writeAndFlush(encoding.encode(frame, current.alloc()), current.voidPromise());
        return true;
    }

    /** Closes from this side: not counted as a disconnect. */
    public void close() {
        closed = true;
        Channel current = channel;
        if (current != null) {
            current.close();
        }
    }

    void attach(Channel channel) {
        this.channel = channel;
    }

    void handshakeCompleted(ClientFrame authenticate) {
        authenticate(authenticate, 1);
    }

    /**
     * Sends Authenticate; a retryable refusal (the server could not reach its database in time, as in a storm of
     * handshakes against a small pool) is answered by sending it again after a growing delay, as docs/protocol.md
     * tells clients to, up to {@value #AUTHENTICATE_ATTEMPTS} attempts.
     */
    private void authenticate(ClientFrame authenticate, int attempt) {
        request(authenticate.toBuilder()).whenComplete((frame, failure) -> {
            if (failure != null) {
                authenticated.completeExceptionally(failure);
            } else if (frame.hasError() && RETRYABLE.contains(frame.getError().getCode())
                    && attempt < AUTHENTICATE_ATTEMPTS && isOpen()) {
                channel().eventLoop().schedule(() -> authenticate(authenticate, attempt + 1),
                        Math.min(2_000, 250L << Math.min(attempt, 3)), java.util.concurrent.TimeUnit.MILLISECONDS);
            } else if (frame.hasAuthenticated()) {
                authenticatedAt = System.nanoTime();
                binaryIds = frame.getAuthenticated().getBinaryIds();
                startHeartbeats(frame.getAuthenticated().getHeartbeatIntervalMs());
                authenticated.complete(frame.getAuthenticated());
            } else {
                authenticated.completeExceptionally(new SetupFailure(frame.hasError() ? frame.getError().getCode()
                        : "auth.unexpected-answer", frame.toString()));
            }
        });
    }

    void received(ServerFrame frame) {
        if (!frame.getRequestId().isEmpty()) {
            var answer = pending.remove(frame.getRequestId());
            if (answer != null) {
                answer.complete(frame);
                return;
            }
        }
        listener.onFrame(this, frame);
    }

    void failed(Throwable cause) {
        closed = true;
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        authenticated.completeExceptionally(cause);
        pending.values().forEach(answer -> answer.completeExceptionally(cause));
        pending.clear();
    }

    void closedByPeer() {
        boolean wasOpen = !closed;
        failed(new SetupFailure("connection.closed", "the server closed the connection"));
        if (wasOpen) {
            listener.onClosed(this);
        }
    }

    private void startHeartbeats(int intervalMs) {
        if (intervalMs <= 0) {
            return;
        }
        // half the interval leaves room for a late timer; the random phase keeps connections from beating in step
        long period = Math.max(100, intervalMs / 2);
        heartbeats = eventLoop().scheduleAtFixedRate(() -> send(ClientFrame.newBuilder()
                        .setHeartbeat(Heartbeat.newBuilder().setClientTimeMs(System.currentTimeMillis())).build()),
                ThreadLocalRandom.current().nextLong(period), period, TimeUnit.MILLISECONDS);
    }

    private Channel channel() {
        Channel current = channel;
        if (current == null) {
            throw new IllegalStateException("connection " + id + " is not connected");
        }
        return current;
    }
}
