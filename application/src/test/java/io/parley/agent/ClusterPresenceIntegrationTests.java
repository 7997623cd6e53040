package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.PresenceStatus;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.SetPresence;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleyNode;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Parley nodes on one PostgreSQL: node B is this test's application, node A a process of its own with a short
 * lease (3 s, renewed every second). Presence made on one node is seen on the other, and a node killed without any
 * clean-up stops counting once its lease runs out.
 */
class ClusterPresenceIntegrationTests extends ParleyIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ClusterPresenceIntegrationTests.class);
    /** Node B reads the others every 2 s (the default); node A every 0.5 s. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(8);
    private static final PresenceStatus ONLINE = PresenceStatus.PRESENCE_STATUS_ONLINE;
    private static final PresenceStatus AWAY = PresenceStatus.PRESENCE_STATUS_AWAY;
    private static final PresenceStatus OFFLINE = PresenceStatus.PRESENCE_STATUS_OFFLINE;
    private static final Map<String, String> NODE_A = Map.of("parley.presence.lease", "3s",
            "parley.presence.heartbeat", "1s", "parley.presence.poll-interval", "500ms");

    @Autowired
    JdbcClient jdbc;

    @Test
    void presenceMadeOnOneNodeIsSeenOnTheOtherAndExpiresWhenItsNodeDies() {
        Tenant tenant = newTenant();
        String agentToken = newAgent(tenant, Role.AGENT);
        String agentId = client().get("/api/v1/auth/me", agentToken).body().path("id").asString();
        String adminId = client().get("/api/v1/auth/me", tenant.adminToken()).body().path("id").asString();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        assertThat(agentsOnline(client(), visitorToken)).as("nobody connected yet").isFalse();

        try (ParleyNode nodeA = ParleyNode.start("node-a-" + UUID.randomUUID().toString().substring(0, 8), NODE_A);
             var colleagueOnB = ParleySocket.open(Encoding.JSON, port, null)) {
            colleagueOnB.authenticateAgent(tenant.adminToken());
            var agentOnA = ParleySocket.open(Encoding.JSON, nodeA.port(), null);
            agentOnA.authenticateAgent(agentToken);

            timed("ONLINE on A seen on B", () -> colleagueOnB.await(presence(agentId, ONLINE), SEEN_WITHIN));
            assertThat(agentsOnline(client(), visitorToken)).as("a visitor on B: an agent is online on A").isTrue();
            assertThat(listed(client(), tenant.adminToken(), agentId)).isEqualTo("ONLINE");
            assertThat(listed(nodeA.client(), agentToken, adminId)).as("a console learns who is there from the list")
                    .isEqualTo("ONLINE");

            announce(colleagueOnB, AWAY);
            timed("AWAY on B seen on A", () -> agentOnA.await(presence(adminId, AWAY), SEEN_WITHIN));
            announce(agentOnA, AWAY);
            timed("AWAY on A seen on B", () -> colleagueOnB.await(presence(agentId, AWAY), SEEN_WITHIN));
            assertThat(listed(client(), tenant.adminToken(), agentId)).isEqualTo("AWAY");
            assertThat(agentsOnline(client(), visitorToken)).as("away still answers").isTrue();

            agentOnA.close();
            timed("leaving A seen on B", () -> colleagueOnB.await(presence(agentId, OFFLINE), SEEN_WITHIN));
            assertThat(leases(agentId)).as("node A released the lease").isZero();

            var again = ParleySocket.open(Encoding.PROTO, nodeA.port(), null);
            again.authenticateAgent(agentToken);
            colleagueOnB.await(presence(agentId, ONLINE), SEEN_WITHIN);
            announce(colleagueOnB, OFFLINE);
            assertThat(agentsOnline(client(), visitorToken)).as("only the agent on A answers").isTrue();

            nodeA.kill();
            long killed = System.nanoTime();
            assertThat(listed(client(), tenant.adminToken(), agentId)).as("the lease still runs").isEqualTo("ONLINE");

            colleagueOnB.await(presence(agentId, OFFLINE), Duration.ofSeconds(15));
            long millis = (System.nanoTime() - killed) / 1_000_000;
            log.info("Node A killed: its agent seen offline on B after {} ms (lease 3 s, B reads every 2 s)", millis);
            assertThat(millis).as("not before the lease ran out").isGreaterThanOrEqualTo(1000);
            assertThat(agentsOnline(client(), visitorToken)).as("nobody answers any more").isFalse();
            assertThat(listed(client(), tenant.adminToken(), agentId)).isEqualTo("OFFLINE");
        }
    }

    private static void announce(ParleySocket console, PresenceStatus status) {
        console.send(ClientFrame.newBuilder().setSetPresence(SetPresence.newBuilder().setStatus(status)).build());
    }

    private long leases(String agentId) {
        return jdbc.sql("SELECT count(*) FROM agent_presence WHERE agent_id = :agent")
                .param("agent", UUID.fromString(agentId)).query(Long.class).single();
    }

    private static void timed(String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        log.info("{}: {} ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    private static Predicate<ServerFrame> presence(String agentId, PresenceStatus status) {
        return f -> f.hasPresence() && f.getPresence().getAgentId().equals(agentId)
                && f.getPresence().getStatus() == status;
    }

    private static boolean agentsOnline(ParleyClient client, String visitorToken) {
        return client.get("/api/v1/visitor/availability", visitorToken).body().path("agentsOnline").asBoolean();
    }

    private static String listed(ParleyClient client, String token, String agentId) {
        return client.get("/api/v1/agents/presence", token).body().path("items").valueStream()
                .filter(item -> item.path("agentId").asString().equals(agentId)).findFirst().orElseThrow()
                .path("status").asString();
    }
}
