package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.ANN;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first frame: tokens, origins, the auth timeout. */
class AuthenticationTests extends EndpointTestSupport {

    @Autowired
    GatewayProperties properties;

    @Test
    void tellsWhoIsConnectedAndTheLimitsThatApply() {
        try (var client = TestClient.connect(port, "parley.v1.proto", null)) {
            client.send(ClientFrame.newBuilder().setRequestId("a-1")
                    .setAuthenticate(Authenticate.newBuilder().setAgentToken("ann-token")).build());
            var frame = client.next();
            assertThat(frame.getRequestId()).isEqualTo("a-1");
            var authenticated = frame.getAuthenticated();
            assertThat(authenticated.getRole()).isEqualTo(io.parley.gateway.protocol.Role.ROLE_AGENT);
            assertThat(authenticated.getParticipantId()).isEqualTo(ANN.toString());
            assertThat(authenticated.getWorkspaceId()).isEqualTo(WORKSPACE.toString());
            assertThat(authenticated.getMaxFrameBytes()).isEqualTo(4096);
            assertThat(authenticated.getHeartbeatIntervalMs()).isEqualTo(1000);
            assertThat(authenticated.getMaxMessagesPerSecond()).isEqualTo(20);
        }
    }

    @Test
    void aCredentialCheckSlowerThanTheAuthTimeoutDoesNotCloseTheConnection() throws Exception {
        var check = new CountDownLatch(1);
        GatewayTestApplication.SLOW_ORIGIN_CHECKS.set(check);
        try (var client = TestClient.connect(port, "parley.v1.json", GatewayTestApplication.SLOW_SHOP)) {
            client.send(ClientFrame.newBuilder().setRequestId("slow")
                    .setAuthenticate(Authenticate.newBuilder().setVisitorToken("vera-token")).build());
            // the frame came in time; its check goes on until the watchdog has had every chance to time it out (and
            // ends well before the idle timeout)
            long beyond = properties.authTimeout().plus(Watchdog.tick(properties).multipliedBy(2)).toNanos();
            assertThat(properties.idleTimeout().toNanos()).isGreaterThan(beyond + Duration.ofSeconds(5).toNanos());
            eventually(() -> assertThat(registry.all()).anySatisfy(connection -> {
                assertThat(connection.handshake().origin()).isEqualTo(GatewayTestApplication.SLOW_SHOP);
                assertThat(connection.awaitingAuthenticate()).isFalse();
                assertThat(System.nanoTime() - connection.openedAt()).isGreaterThan(beyond);
            }));
            check.countDown();
            var frame = client.next();
            assertThat(frame.getRequestId()).as("%s", frame).isEqualTo("slow");
            assertThat(frame.hasAuthenticated()).as("%s", frame).isTrue();
        } finally {
            check.countDown();
        }
    }

    @Test
    void closesAConnectionThatDoesNotAuthenticateInTime() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            assertError(client.next(), "auth.timeout", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void closesAConnectionWhoseFirstFrameIsNotAuthenticate() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            client.send(heartbeat("h", 1));
            var error = client.next();
            assertError(error, "auth.required", true);
            assertThat(error.getRequestId()).isEqualTo("h");
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void closesAConnectionWithAnUnknownToken() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setVisitorToken("forged"))
                    .build());
            assertError(client.next(), "auth.invalid-token", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void refusesVisitorsOnPagesTheWorkspaceDoesNotAllow() {
        try (var client = TestClient.connect(port, "parley.v1.json", "https://evil.example.net")) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setVisitorToken("vera-token"))
                    .build());
            assertError(client.next(), "auth.origin-refused", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void admitsAgentsOnTheServersOwnPagesButNotOnForeignOnes() {
        try (var client = TestClient.connect(port, "parley.v1.json", "http://localhost:" + port)) {
            client.authenticate(Authenticate.newBuilder().setAgentToken("ann-token").build());
        }
        try (var client = TestClient.connect(port, "parley.v1.json", "http://localhost:1")) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setAgentToken("ann-token"))
                    .build());
            assertError(client.next(), "auth.origin-refused", true);
        }
    }
}
