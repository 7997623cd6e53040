package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upgrade: subprotocol negotiation, no permessage-deflate. */
class HandshakeTests extends EndpointTestSupport {

    @Test
    void refusesAHandshakeThatOffersNoParleySubprotocol() throws Exception {
        try (var raw = new RawWebSocket(port, 65536, "Sec-WebSocket-Protocol: chat, superchat")) {
            assertThat(raw.response).startsWith("HTTP/1.1 400");
        }
        try (var raw = new RawWebSocket(port, 65536)) {
            assertThat(raw.response).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void aHandshakeWithoutSubprotocolFailsForTheJdkClientToo() {
        var attempt = TestClient.HTTP.newWebSocketBuilder()
                .buildAsync(java.net.URI.create("ws://localhost:" + port + "/ws"), new java.net.http.WebSocket.Listener() {});
        assertThat(attempt).failsWithin(TestClient.PATIENCE)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingRootCause().withMessageContaining("400");
    }

    @Test
    void speaksJsonOrProtobufAsTheClientChooses() {
        for (String subprotocol : List.of("parley.v1.json", "parley.v1.proto")) {
            try (var client = TestClient.visitor(port, "vera-token", subprotocol)) {
                assertThat(client.subprotocol()).isEqualTo(subprotocol);
                client.send(heartbeat("hb-1", 42));
                var ack = client.next(HEARTBEAT);
                assertThat(ack.getRequestId()).isEqualTo("hb-1");
                assertThat(ack.getHeartbeat().getClientTimeMs()).isEqualTo(42);
                assertThat(ack.getHeartbeat().getServerTimeMs()).isPositive();
            }
        }
    }

    @Test
    void neverAgreesToPermessageDeflate() throws Exception {
        try (var raw = new RawWebSocket(port, 65536, "Sec-WebSocket-Protocol: parley.v1.json",
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits")) {
            assertThat(raw.response).startsWith("HTTP/1.1 101");
            assertThat(raw.response.toLowerCase()).contains("sec-websocket-protocol: parley.v1.json")
                    .doesNotContain("sec-websocket-extensions").doesNotContain("deflate");
        }
    }
}
