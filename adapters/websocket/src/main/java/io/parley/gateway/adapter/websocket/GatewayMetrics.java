package io.parley.gateway.adapter.websocket;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The gateway's meters: connections by role, frames by direction and type, errors by code, delivery latency. */
@Component
class GatewayMetrics {

    private final MeterRegistry meters;
    private final Map<ClientFrame.FrameCase, Counter> in = new EnumMap<>(ClientFrame.FrameCase.class);
    private final Map<ServerFrame.FrameCase, Counter> out = new EnumMap<>(ServerFrame.FrameCase.class);
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Map<String, Counter> closes = new ConcurrentHashMap<>();
    private final Timer delivery;

    GatewayMetrics(MeterRegistry meters, ConnectionRegistry connections) {
        this.meters = meters;
        for (ClientFrame.FrameCase type : ClientFrame.FrameCase.values()) {
            in.put(type, frames("in", type.name()));
        }
        for (ServerFrame.FrameCase type : ServerFrame.FrameCase.values()) {
            out.put(type, frames("out", type.name()));
        }
        for (Role role : Role.values()) {
            Supplier<Number> count = () -> connections.count(role);
            Gauge.builder("parley.gateway.connections", count).description("Open WebSocket connections")
                    .tag("role", role.tag()).register(meters);
        }
        delivery = Timer.builder("parley.gateway.delivery")
                .description("From a message's commit time to its frame being handed to the client's socket")
                .publishPercentileHistogram().register(meters);
    }

    /** Who is at the other end of a connection. */
    enum Role {
        UNAUTHENTICATED, VISITOR, AGENT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    void received(ClientFrame.FrameCase type) {
        in.get(type).increment();
    }

    void sent(ServerFrame.FrameCase type) {
        out.get(type).increment();
    }

    void error(String code) {
        errors.computeIfAbsent(code, c -> Counter.builder("parley.gateway.errors")
                .description("Error frames sent to clients").tag("code", c).register(meters)).increment();
    }

    /** The server ended a connection for a reason no error frame tells the client: it does not read, or is gone. */
    void closed(String reason) {
        closes.computeIfAbsent(reason, r -> Counter.builder("parley.gateway.closes")
                .description("Connections the server dropped: slow-consumer, peer-gone").tag("reason", r)
                .register(meters)).increment();
    }

    void delivered(Duration sinceCommit) {
        delivery.record(sinceCommit.isNegative() ? Duration.ZERO : sinceCommit);
    }

    private Counter frames(String direction, String frameCase) {
        String type = frameCase.equals("FRAME_NOT_SET") ? "none" : frameCase.toLowerCase(Locale.ROOT);
        return Counter.builder("parley.gateway.frames").description("WebSocket frames by direction and type")
                .tag("direction", direction).tag("type", type).register(meters);
    }
}
