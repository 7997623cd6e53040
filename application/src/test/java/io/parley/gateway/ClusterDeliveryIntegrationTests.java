package io.parley.gateway;

import static io.parley.gateway.Frames.messageIn;
import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.ParleyApplication;
import io.parley.agent.Role;
import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ConversationStatus;
import io.parley.gateway.protocol.ReadUpTo;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.Typing;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.TcpProxy;
import io.parley.testing.TestPostgres;
import io.parley.testing.TestRedis;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two Parley nodes in this JVM on one PostgreSQL and one Redis: node A is the test's application, node B a second
 * application context. Each sees live what a client of the other posted or changed, and its typing and read-up-to
 * signals, once. The stream key is this run's own, so that parallel runs do not mix. Both reach Redis through a
 * proxy that a test cuts to take Redis away from them.
 */
class ClusterDeliveryIntegrationTests extends ParleyIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ClusterDeliveryIntegrationTests.class);
    private static final Duration LIVE = Duration.ofSeconds(3);
    private static final String STREAM = TestRedis.uniqueStreamKey();
    private static final TcpProxy REDIS = TcpProxy.to(TestRedis.host(), TestRedis.port());
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("parley.cluster.redis-url", ClusterDeliveryIntegrationTests::redisUrl);
        registry.add("parley.cluster.stream-key", () -> STREAM);
    }

    /** Redis, through the proxy, once it answers. */
    private static String redisUrl() {
        TestRedis.url();
        return "redis://" + REDIS.host() + ":" + REDIS.port();
    }

    @BeforeAll
    static void startNodeB() {
        String redis = redisUrl();
        nodeB = new SpringApplicationBuilder(ParleyApplication.class).properties(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("parley.database.url", TestPostgres.url()),
                Map.entry("parley.database.user", TestPostgres.user()),
                Map.entry("parley.database.pool-size", "4"),
                Map.entry("parley.first-start.enabled", "false"),
                Map.entry("parley.security.bcrypt-strength", "4"),
                Map.entry("parley.security.visitor-token-secret", VISITOR_TOKEN_SECRET),
                Map.entry("spring.modulith.events.republish-outstanding-events-on-restart", "false"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("parley.cluster.redis-url", redis),
                Map.entry("parley.cluster.stream-key", STREAM))).run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        TestRedis.delete(STREAM);
        REDIS.close();
    }

    @AfterEach
    void redisBack() {
        REDIS.restore();
    }

    @Test
    void aMessageCommittedWhileRedisWasAwayReachesTheOtherNodesClientsSoonAfterItIsBackInAQuietConversation() {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        try (var visitorOnA = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agentOnB = ParleySocket.open(Encoding.PROTO, portB, null)) {
            visitorOnA.authenticateVisitor(visitorToken);
            agentOnB.authenticateAgent(tenant.adminToken());
            String conversation = visitorOnA.request(start()).getConversationStarted().getConversation().getId();
            visitorOnA.request(send(conversation, "v-1", "hello"));
            visitorOnA.await(messageIn(conversation, 1), LIVE);
            agentOnB.await(messageIn(conversation, 1), LIVE);

            double failedBefore = meters.counter("parley.cluster.sent", "outcome", "failed").count();
            REDIS.cut();
            ServerFrame ack = visitorOnA.request(send(conversation, "v-2", "is anyone there? 有人吗？"));
            assertThat(ack.getAck().getSequence()).as("stored while Redis is away").isEqualTo(2);
            visitorOnA.await(messageIn(conversation, 2), LIVE);
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                    meters.counter("parley.cluster.sent", "outcome", "failed").count() > failedBefore);
            REDIS.restore();

            // nothing else happens in the conversation: no later message would reveal the gap
            ServerFrame late = timed("message committed during a Redis outage -> agent on B after it",
                    () -> agentOnB.await(messageIn(conversation, 2), Duration.ofSeconds(15)));
            assertThat(late.getMessage().getMessage().getBody()).isEqualTo("is anyone there? 有人吗？");
            assertThat(rest(agentOnB, messageIn(conversation))).as("each message once on B").isEmpty();
            assertThat(rest(visitorOnA, messageIn(conversation))).as("nothing again on A").isEmpty();
        }
    }

    @Test
    void disablingAnAgentOnOneNodeClosesTheirSocketOnTheOtherWithin2s() {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Hana");
        String token = client().login(email, ADMIN_PASSWORD);
        String id = agents.list(WorkspaceId.parse(tenant.workspaceId())).stream()
                .filter(a -> a.email().equals(email)).findFirst().orElseThrow().id().toString();
        try (var agentOnB = ParleySocket.open(Encoding.JSON, portB, null)) {
            assertThat(agentOnB.authenticateAgent(token).hasAuthenticated()).isTrue();

            var disabled = client().patch("/api/v1/agents/" + id, tenant.adminToken(), Map.of("enabled", false));
            assertThat(disabled.status()).isEqualTo(200);

            timed("disable over REST on A -> agent's socket on B closed", () -> {
                AgentAccessIntegrationTests.assertRevoked(agentOnB);
                return null;
            });
        }
    }

    @Test
    void messagesAndChangesOnOneNodeReachTheClientsOfTheOtherLiveAndOnce() {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        var clientB = new ParleyClient("http://127.0.0.1:" + portB);
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        try (var visitorOnA = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agentOnB = ParleySocket.open(Encoding.PROTO, portB, null)) {
            visitorOnA.authenticateVisitor(visitorToken);
            agentOnB.authenticateAgent(tenant.adminToken());
            String conversation = visitorOnA.request(start()).getConversationStarted().getConversation().getId();

            visitorOnA.request(send(conversation, "v-1", "你好，我想退货 🙂"));
            ServerFrame atB = timed("visitor on A -> agent on B",
                    () -> agentOnB.await(messageIn(conversation, 1), LIVE));
            assertThat(atB.getMessage().getMessage().getBody()).isEqualTo("你好，我想退货 🙂");
            assertThat(atB.getMessage().getMessage().getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_VISITOR);
            assertThat(atB.getMessage().getReplay()).as("live, not a resume").isFalse();

            ServerFrame reply = agentOnB.request(send(conversation, "a-1", "您好！请提供订单号。"));
            assertThat(reply.getAck().getSequence()).isEqualTo(2);
            ServerFrame atA = timed("agent on B -> visitor on A",
                    () -> visitorOnA.await(messageIn(conversation, 2), LIVE));
            assertThat(atA.getMessage().getMessage().getBody()).isEqualTo("您好！请提供订单号。");
            assertThat(atA.getMessage().getMessage().getAuthorKind()).isEqualTo(AuthorKind.AUTHOR_KIND_AGENT);
            ServerFrame assigned = visitorOnA.await(updated(conversation, ConversationStatus.CONVERSATION_STATUS_ASSIGNED),
                    LIVE);
            assertThat(assigned.getConversationUpdated().getConversation().getAssigneeId()).isNotEmpty();

            var resolved = clientB.post("/api/v1/conversations/" + conversation + "/resolve", tenant.adminToken(),
                    Map.of());
            assertThat(resolved.status()).isEqualTo(200);
            timed("resolve over REST on B -> visitor on A", () -> visitorOnA.await(
                    updated(conversation, ConversationStatus.CONVERSATION_STATUS_RESOLVED), LIVE));

            var resolvedUpdate = updated(conversation, ConversationStatus.CONVERSATION_STATUS_RESOLVED);
            List<ServerFrame> restOnB = rest(agentOnB, f -> f.hasMessage() || f.hasConversationUpdated());
            assertThat(restOnB).as("node B's agent: its own node's change once, no echo from the stream")
                    .filteredOn(resolvedUpdate).hasSize(1);
            assertThat(restOnB).filteredOn(messageIn(conversation, 2)).as("its own reply once").hasSize(1);
            assertThat(rest(visitorOnA, f -> messageIn(conversation).test(f) || resolvedUpdate.test(f)))
                    .as("node A's visitor got nothing twice").isEmpty();
        }
    }

    @Test
    void aChangeOnOneNodeReachesTheOthersAgentsOnceAndItsOwnOnce() {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        var clientB = new ParleyClient("http://127.0.0.1:" + portB);
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        try (var visitorOnA = ParleySocket.open(Encoding.PROTO, port, tenant.origin());
             var agentOnA = ParleySocket.open(Encoding.JSON, port, null);
             var agentOnB = ParleySocket.open(Encoding.JSON, portB, null)) {
            visitorOnA.authenticateVisitor(visitorToken);
            agentOnA.authenticateAgent(tenant.adminToken());
            agentOnB.authenticateAgent(tenant.adminToken());
            String conversation = visitorOnA.request(start()).getConversationStarted().getConversation().getId();
            visitorOnA.request(send(conversation, "v-1", "hello"));
            agentOnB.await(messageIn(conversation, 1), LIVE);
            agentOnA.await(messageIn(conversation, 1), LIVE);

            var claimed = clientB.post("/api/v1/conversations/" + conversation + "/claim", tenant.adminToken(),
                    Map.of());
            assertThat(claimed.status()).isEqualTo(200);
            var assigned = updated(conversation, ConversationStatus.CONVERSATION_STATUS_ASSIGNED);
            timed("claim over REST on B -> agent on A", () -> agentOnA.await(assigned, LIVE));
            visitorOnA.await(assigned, LIVE);
            agentOnB.await(assigned, LIVE);

            assertThat(rest(agentOnA, assigned)).as("agent on A: the claim once").isEmpty();
            assertThat(rest(agentOnB, assigned)).as("agent on B: the claim once, not echoed back").isEmpty();
            assertThat(rest(visitorOnA, assigned)).as("visitor on A: the claim once").isEmpty();
        }
    }

    @Test
    void typingAndReadUpToOnOneNodeReachTheClientsOfTheOtherOnce() {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        try (var visitorOnA = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agentOnA = ParleySocket.open(Encoding.JSON, port, null);
             var agentOnB = ParleySocket.open(Encoding.PROTO, portB, null)) {
            visitorOnA.authenticateVisitor(visitorToken);
            agentOnA.authenticateAgent(tenant.adminToken());
            agentOnB.authenticateAgent(tenant.adminToken());
            String conversation = visitorOnA.request(start()).getConversationStarted().getConversation().getId();
            visitorOnA.request(send(conversation, "v-1", "在吗？"));
            agentOnB.await(messageIn(conversation, 1), LIVE);

            visitorOnA.send(ClientFrame.newBuilder().setTyping(Typing.newBuilder().setConversationId(conversation)
                    .setTyping(true)).build());
            var visitorTyping = typingIn(conversation, AuthorKind.AUTHOR_KIND_VISITOR);
            ServerFrame typingAtB = timed("visitor typing on A -> agent on B",
                    () -> agentOnB.await(visitorTyping, LIVE));
            assertThat(typingAtB.getTyping().getTyping()).isTrue();
            assertThat(typingAtB.getTyping().getAuthorId()).isNotEmpty();
            agentOnA.await(visitorTyping, LIVE);

            agentOnB.send(ClientFrame.newBuilder().setRead(ReadUpTo.newBuilder().setConversationId(conversation)
                    .setSequence(1)).build());
            var agentRead = readIn(conversation, AuthorKind.AUTHOR_KIND_AGENT);
            ServerFrame readAtA = timed("agent read-up-to on B -> visitor on A",
                    () -> visitorOnA.await(agentRead, LIVE));
            assertThat(readAtA.getRead().getSequence()).isEqualTo(1);
            assertThat(readAtA.getRead().getAuthorId()).isNotEmpty();

            assertThat(rest(agentOnB, visitorTyping)).as("agent on B: the typing notice once").isEmpty();
            assertThat(rest(agentOnA, f -> visitorTyping.test(f) || agentRead.test(f)))
                    .as("agent on A: the typing notice once, and not the same agent's own read").isEmpty();
            assertThat(rest(visitorOnA, f -> agentRead.test(f) || f.hasTyping()))
                    .as("visitor on A: the read once, not its own typing").isEmpty();
        }
    }

    private static Predicate<ServerFrame> typingIn(String conversation, AuthorKind author) {
        return f -> f.hasTyping() && f.getTyping().getConversationId().equals(conversation)
                && f.getTyping().getAuthorKind() == author;
    }

    private static Predicate<ServerFrame> readIn(String conversation, AuthorKind author) {
        return f -> f.hasRead() && f.getRead().getConversationId().equals(conversation)
                && f.getRead().getAuthorKind() == author;
    }

    private static Predicate<ServerFrame> updated(String conversation, ConversationStatus status) {
        return f -> f.hasConversationUpdated() && f.getConversationUpdated().getConversation().getId()
                .equals(conversation) && f.getConversationUpdated().getConversation().getStatus() == status;
    }

    /** The frames matching that arrive within a second from now. */
    private static List<ServerFrame> rest(ParleySocket socket, Predicate<ServerFrame> wanted) {
        List<ServerFrame> frames = new ArrayList<>();
        ServerFrame frame;
        while ((frame = socket.poll(Duration.ofSeconds(1))) != null) {
            if (wanted.test(frame)) {
                frames.add(frame);
            }
        }
        return frames;
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        log.info("{}: {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
