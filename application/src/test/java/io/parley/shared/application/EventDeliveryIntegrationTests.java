package io.parley.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events reach their listeners however many arrive at once and even when the database was away at the first attempt:
 * with a pool of three connections that answer within half a second, a burst of conversations in a bot-first inbox
 * without knowledge all reach the human queue, and a listener that failed because the database did not answer is
 * delivered again while the node runs.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(EventDeliveryIntegrationTests.FlakyListener.class)
class EventDeliveryIntegrationTests extends ParleyIntegrationTest {

    private static final int POOL = 3;
    private static final int BURST = 120;

    @DynamicPropertySource
    static void smallPool(DynamicPropertyRegistry registry) {
        registry.add("parley.database.pool-size", () -> Integer.toString(POOL));
        registry.add("parley.database.acquire-timeout", () -> "500ms");
        registry.add("parley.events.retry-interval", () -> "500ms");
        registry.add("parley.events.retry-after", () -> "1s");
        // a delivery whose start was lost on a busy machine is taken up again within the wait below
        registry.add("parley.events.stale-after", () -> "10s");
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource pool;

    @Autowired
    FlakyListener listener;

    @Autowired
    EventDelivery delivery;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyConversationOfABurstInABotFirstInboxWithoutKnowledgeReachesTheHumanQueue() throws Exception {
        assertThat(delivery.concurrency()).as("half the pool").isEqualTo(1);
        Tenant tenant = newTenant();
        String widgetKey = inboxes.create(new CreateInbox(WorkspaceId.parse(tenant.workspaceId()), "Bot first",
                ChannelType.WEB_WIDGET, true)).widgetKey();
        List<String> visitors = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            visitors.add(client().visitorSession(widgetKey, tenant.origin()).path("visitorToken").asString());
        }

        Set<String> conversations = ConcurrentHashMap.newKeySet();
        var refused = new AtomicInteger();
        var go = new CountDownLatch(1);
        try (var burst = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String visitor : visitors) {
                burst.submit(() -> {
                    go.await();
                    // as a widget does: a start refused with store.unavailable is sent again
                    for (int attempt = 0; attempt < 20; attempt++) {
                        ParleyClient.Response started = client().post("/api/v1/visitor/conversations", visitor,
                                Map.of());
                        if (started.status() == 201) {
                            conversations.add(started.body().path("id").asString());
                            return null;
                        }
                        assertThat(started.code()).as(started.body().toString()).isEqualTo("store.unavailable");
                        refused.incrementAndGet();
                    }
                    throw new AssertionError("a conversation could not be started");
                });
            }
            go.countDown();
        }
        assertThat(conversations).hasSize(BURST);

        // a start answered store.unavailable may have been committed all the same (its outcome is unknown to the
        // client, protocol.md): the widget's resend then starts a second conversation, which must reach the queue too
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    var rows = jdbc.queryForList("SELECT id::text AS id, status FROM conversation"
                            + " WHERE workspace_id = ?::uuid", tenant.workspaceId());
                    assertThat(rows).extracting(row -> row.get("id")).as("every started conversation")
                            .containsAll(conversations);
                    assertThat(rows.size()).as("at most one more per refused start (%s)", refused.get())
                            .isBetween(BURST, BURST + refused.get());
                    assertThat(rows).extracting(row -> row.get("status"))
                            .as("every conversation handed over (%s starts were refused and sent again)",
                                    refused.get())
                            .containsOnly("WAITING");
                });
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM event_publication
                         WHERE completion_date IS NULL AND serialized_event LIKE ?""", Integer.class,
                        "%" + tenant.workspaceId() + "%")).as("deliveries left incomplete").isZero());
    }

    @Test
    void aListenerThatFailedBecauseTheDatabaseWasAwayIsDeliveredAgainWithoutARestart(CapturedOutput output)
            throws Exception {
        var probe = new Probe(UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(probe));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts(probe) == 1);

        // the listener's first attempt and the registry's record of its failure find every connection taken
        List<Connection> held = holdEveryConnection();
        try {
            listener.proceed();
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(output.getOut())
                    .contains("could not handle Probe[id=" + probe.id() + "]: the database did not answer in time"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> listener.handled(probe));
        assertThat(listener.attempts(probe)).isGreaterThanOrEqualTo(2);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(jdbc.queryForList("""
                        SELECT completion_date IS NOT NULL FROM event_publication
                         WHERE serialized_event LIKE ?""", Boolean.class, "%" + probe.id() + "%"))
                        .as("the delivery is recorded complete").containsExactly(true));
        assertThat(output.getOut().lines().filter(line -> line.contains(probe.id().toString())))
                .as("a warning naming the event, no error with a stack trace").noneMatch(line -> line.contains("ERROR"));
        assertThat(output.getOut()).doesNotContain("SimpleAsyncUncaughtExceptionHandler");
        assertThat(meters.get("parley.events.listeners.failed").tag("cause", "store-unavailable").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(meters.get("parley.events.listeners.running").gauge().value()).isLessThanOrEqualTo(1);
    }

    @Test
    void aFailedDeliveryIsTriedAgainOnceHoweverManyRoundsLookForItAtOnceAsOnSeveralNodes() throws Exception {
        var refused = new Refused(UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(refused));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts(refused) == 1);

        // the scheduled round and two more, as two other nodes would run theirs
        try (var nodes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int node = 0; node < 2; node++) {
                nodes.submit(() -> {
                    while (!listener.handled(refused)) {
                        delivery.redeliver();
                    }
                    return null;
                });
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listener.handled(refused));
        }

        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> listener.attempts(refused) == 2);
        assertThat(jdbc.queryForList("""
                SELECT completion_date IS NOT NULL FROM event_publication
                 WHERE serialized_event LIKE ?""", Boolean.class, "%" + refused.id() + "%")).containsExactly(true);
    }

    @Test
    void theRoundsQueriesReadOnlyTheIncompletePublicationsNotTheWholeTable() {
        // Spring Modulith's own statements for every incomplete publication and for those of one status
        List<String> queries = List.of("""
                SELECT ID, COMPLETION_DATE, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                       COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE
                  FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL OR STATUS != 'COMPLETED'
                 ORDER BY PUBLICATION_DATE ASC""", """
                SELECT ID, COMPLETION_DATE, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                       COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE
                  FROM EVENT_PUBLICATION WHERE STATUS = 'PROCESSING'""");
        for (String query : queries) {
            String plan = jdbc.execute((Connection connection) -> {
                try (var statement = connection.createStatement()) {
                    // a small table is cheaper to read whole: ask whether the index can serve the query at all
                    statement.execute("SET enable_seqscan = off");
                    var lines = new StringBuilder();
                    try (var rows = statement.executeQuery("EXPLAIN " + query)) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    } finally {
                        statement.execute("RESET enable_seqscan");
                    }
                    return lines.toString();
                }
            });
            assertThat(plan).as(query).contains("event_publication_incomplete_idx");
        }
    }

    private List<Connection> holdEveryConnection() {
        List<Connection> held = new ArrayList<>();
        while (held.size() < POOL) {
            try {
                held.add(pool.getConnection());
            } catch (SQLException busy) {
                // another task has one for a moment: wait for it
            }
        }
        return held;
    }

    /** A test event. */
    public record Probe(UUID id) {}

    /** A test event whose first delivery is refused as when the database does not answer. */
    public record Refused(UUID id) {}

    /** Its first attempt at each event waits to be let go, then needs the database (which the test has taken). */
    static class FlakyListener {

        private final JdbcTemplate jdbc;
        private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Set<UUID> handled = ConcurrentHashMap.newKeySet();
        private final CountDownLatch proceed = new CountDownLatch(1);

        FlakyListener(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
        void on(Probe probe) throws InterruptedException {
            if (attempts.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
                assertThat(proceed.await(30, TimeUnit.SECONDS)).isTrue();
            }
            jdbc.queryForObject("SELECT 1", Integer.class);
            handled.add(probe.id());
        }

        @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
        void on(Refused refused) {
            if (attempts.computeIfAbsent(refused.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
                throw StoreFailures.unavailable();
            }
            handled.add(refused.id());
        }

        int attempts(Probe probe) {
            return attempts(probe.id());
        }

        int attempts(Refused refused) {
            return attempts(refused.id());
        }

        private int attempts(UUID id) {
            var count = attempts.get(id);
            return count == null ? 0 : count.get();
        }

        boolean handled(Probe probe) {
            return handled.contains(probe.id());
        }

        boolean handled(Refused refused) {
            return handled.contains(refused.id());
        }

        void proceed() {
            proceed.countDown();
        }
    }
}
