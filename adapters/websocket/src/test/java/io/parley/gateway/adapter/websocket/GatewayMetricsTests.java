package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.Authenticate;
import org.junit.jupiter.api.Test;

/** The gateway's meters. */
class GatewayMetricsTests extends EndpointTestSupport {

    @Test
    void countsConnectionsAndFrames() throws Exception {
        double framesBefore = frames("in", "heartbeat");
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            eventually(() -> assertThat(gauge("visitor")).isGreaterThanOrEqualTo(1));
            vera.send(heartbeat("h", 1));
            vera.next(HEARTBEAT);
            eventually(() -> assertThat(frames("in", "heartbeat")).isEqualTo(framesBefore + 1));
            assertThat(frames("out", "authenticated")).isPositive();
        }
    }

    @Test
    void countsConnectionsByRoleFromTheHandshakeOn() throws Exception {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            eventually(() -> assertThat(gauge("unauthenticated")).isGreaterThanOrEqualTo(1));
            client.authenticate(Authenticate.newBuilder().setAgentToken("ann-token").build());
            eventually(() -> assertThat(gauge("agent")).isGreaterThanOrEqualTo(1));
        }
    }
}
