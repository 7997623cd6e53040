package io.parley.gateway.adapter.websocket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the WebSocket gateway, per connection.
 *
 * @param maxFrameBytes        largest client frame accepted (UTF-8 bytes of a text frame, bytes of a binary one)
 * @param containerBufferBytes Jetty's WebSocket input and output buffers, taken from a pool while a connection reads
 *                             or writes; Jetty joins larger frames itself (up to four times {@code maxFrameBytes}),
 *                             so it bounds memory in flight, not frame size
 * @param maxMessagesPerSecond sustained client frames per second (token bucket refill rate)
 * @param messageBurst         client frames allowed at once before the rate applies (token bucket size)
 * @param authTimeout          time from the handshake to the Authenticate frame
 * @param idleTimeout          the connection is closed after this long without any frame from the client
 * @param heartbeatInterval    how often clients are told to send a heartbeat; shorter than {@code idleTimeout}
 * @param pingInterval         a connection the server heard nothing from (no frame, no pong) for this long is sent a
 *                             WebSocket ping; longer than {@code heartbeatInterval}, so that clients that keep to it
 *                             are never pinged
 * @param pongTimeout          no frame and no pong within this after a ping: the client is gone (a peer that vanished
 *                             without closing), its connection is dropped and no longer counted
 * @param maxFramesInFlight    frames of one connection that may wait for the database at once (sends until their
 *                             commit, conversation starts); the connection is not read further until one is answered
 * @param sendTimeLimit        a send to a client that takes longer than this closes the connection (slow consumer)
 * @param sendBufferLimit      everything queued for a client (pushes waiting their turn, frames buffered for the
 *                             socket) beyond this size closes the connection (slow consumer)
 * @param socketSendBuffer     the kernel's send buffer of each accepted connection (SO_SNDBUF; Linux doubles it);
 *                             bytes there are out of the server's sight, so a client that stops reading is found
 *                             only once this buffer is full. 0 keeps the system's automatic sizing (up to megabytes)
 */
@ConfigurationProperties("parley.gateway")
record GatewayProperties(
        @DefaultValue("16384") int maxFrameBytes,
        @DefaultValue("2048") int containerBufferBytes,
        @DefaultValue("20") int maxMessagesPerSecond,
        @DefaultValue("40") int messageBurst,
        @DefaultValue("10s") Duration authTimeout,
        @DefaultValue("90s") Duration idleTimeout,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("35s") Duration pingInterval,
        @DefaultValue("10s") Duration pongTimeout,
        @DefaultValue("32") int maxFramesInFlight,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("512KB") DataSize sendBufferLimit,
        @DefaultValue("64KB") DataSize socketSendBuffer) {

    GatewayProperties {
        require(maxFrameBytes >= 1024, "max-frame-bytes must be at least 1024");
        require(containerBufferBytes >= 512 && containerBufferBytes <= maxFrameBytes,
                "container-buffer-bytes must be between 512 and max-frame-bytes");
        require(maxMessagesPerSecond >= 1, "max-messages-per-second must be at least 1");
        require(messageBurst >= 1, "message-burst must be at least 1");
        require(positive(authTimeout), "auth-timeout must be positive");
        require(positive(idleTimeout), "idle-timeout must be positive");
        require(positive(heartbeatInterval) && heartbeatInterval.compareTo(idleTimeout) < 0,
                "heartbeat-interval must be positive and shorter than idle-timeout");
        require(positive(pingInterval), "ping-interval must be positive");
        require(positive(pongTimeout), "pong-timeout must be positive");
        require(maxFramesInFlight >= 1, "max-frames-in-flight must be at least 1");
        require(positive(sendTimeLimit), "send-time-limit must be positive");
        require(sendBufferLimit.toBytes() >= maxFrameBytes && sendBufferLimit.toBytes() <= Integer.MAX_VALUE,
                "send-buffer-limit must hold at least one frame of max-frame-bytes and stay below 2 GB");
        require(socketSendBuffer.toBytes() == 0
                || (socketSendBuffer.toBytes() >= 4096 && socketSendBuffer.toBytes() <= 64L * 1024 * 1024),
                "socket-send-buffer must be 0 (the system's sizing) or between 4KB and 64MB");
    }

    static GatewayProperties defaults() {
        return new GatewayProperties(16384, 2048, 20, 40, Duration.ofSeconds(10), Duration.ofSeconds(90),
                Duration.ofSeconds(30), Duration.ofSeconds(35), Duration.ofSeconds(10), 32, Duration.ofSeconds(10),
                DataSize.ofKilobytes(512), DataSize.ofKilobytes(64));
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("parley.gateway: " + message);
        }
    }
}
