package io.parley.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault drills: each runs a chat load against Parley nodes started from the executable jar, injects one fault,
 * lets the clients recover as docs/protocol.md tells them to, and checks that every acknowledged message is stored
 * once, sequences have no gaps, live deliveries came in order, and every client holds exactly what is stored after
 * resuming. Each prints sent / acknowledged / stored / delivered / lost / duplicated / reordered and its recovery
 * time, into target/drills/drill-report.md too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillTests {

    private static final Duration LOAD = Duration.ofSeconds(4);
    private static PrivatePostgres postgres;
    private static int databases;

    @BeforeAll
    static void database() {
        postgres = PrivatePostgres.create(Drill.WORK);
    }

    @AfterAll
    static void stopDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String freshDatabase() {
        String name = "drill_" + (++databases) + "_" + System.nanoTime() % 100_000;
        postgres.createDatabase(name);
        return postgres.jdbcUrl(name);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void jvmKilledMidStream() {
        try (var drill = new Drill("jvm-kill-9")) {
            var node = drill.node("n1", freshDatabase(), null);
            var agent = drill.agent(() -> node, 0);
            drill.visitors(5, () -> node, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            node.kill();
            long down = System.currentTimeMillis();
            node.restart();
            long up = System.currentTimeMillis();
            drill.run(LOAD);
            drill.figure("restart ms", up - down);
            drill.figureLater("acks again after ms", () -> drill.acksAgainAfter(up));
            drill.settleAndCheck(node.url());
            assertThat(agent.reconnects.get()).isPositive();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void databaseKilledMidStream() {
        try (var drill = new Drill("database-kill-9")) {
            var node = drill.node("n1", freshDatabase(), null);
            drill.agent(() -> node, 0);
            drill.visitors(5, () -> node, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            postgres.kill();
            drill.run(Duration.ofSeconds(2));
            postgres.start();
            long up = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(2));
            drill.figureLater("acks again after ms", () -> drill.acksAgainAfter(up));
            drill.settleAndCheck(node.url());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void connectionsTerminatedThenDatabaseRestartedAfterALongOutage() {
        try (var drill = new Drill("database-outage-20s")) {
            String url = freshDatabase();
            var node = drill.node("n1", url, null);
            drill.agent(() -> node, 0);
            drill.visitors(5, () -> node, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            postgres.terminateConnections(url.substring(url.lastIndexOf('/') + 1));
            drill.run(Duration.ofSeconds(2));
            postgres.stop();
            drill.run(Duration.ofSeconds(20));
            postgres.start();
            long up = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(2));
            drill.figure("outage s", 20);
            drill.figureLater("acks again after ms", () -> drill.acksAgainAfter(up));
            drill.settleAndCheck(node.url());
            assertThat(drill.visitors).allMatch(v -> v.reconnects.get() == 0,
                    "visitors that kept sending heartbeats stay connected through the outage");
        }
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void redisPausedFrozenAndKilledUnderTwoNodes() {
        try (var drill = new Drill("redis-pause-freeze-kill")) {
            var redis = drill.own(PrivateRedis.start(Drill.WORK));
            String url = freshDatabase();
            var a = drill.node("a", url, redis.url());
            var b = drill.node("b", url, redis.url());
            var agent = drill.agent(() -> b, 0);
            drill.visitors(5, () -> a, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            redis.pause(Duration.ofSeconds(3));
            drill.run(Duration.ofSeconds(4));
            redis.freeze();
            drill.run(Duration.ofSeconds(3));
            redis.thaw();
            drill.run(Duration.ofSeconds(2));
            redis.kill();
            drill.run(Duration.ofSeconds(3));
            redis.start();
            long up = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(4));
            drill.figureLater("live on b again after ms", () -> drill.liveAgainAfter(agent, up));
            drill.settleAndCheck(a.url());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void nodeKilledAndItsClientsMoveToAnother() {
        try (var drill = new Drill("node-kill-9-clients-move")) {
            var redis = drill.own(PrivateRedis.start(Drill.WORK));
            String url = freshDatabase();
            var a = drill.node("a", url, redis.url());
            var b = drill.node("b", url, redis.url());
            drill.agent(() -> b, 0);
            drill.visitors(5, () -> a.alive() ? a : b, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            a.kill();
            long down = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(2));
            drill.figureLater("acks again after ms", () -> drill.acksAgainAfter(down));
            drill.settleAndCheck(b.url());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void nodePartitionedFromRedis() {
        try (var drill = new Drill("node-partitioned-from-redis")) {
            var redis = drill.own(PrivateRedis.start(Drill.WORK));
            var proxy = drill.own(new TcpProxy(redis.port()));
            String url = freshDatabase();
            var a = drill.node("a", url, redis.url());
            var b = drill.node("b", url, "redis://127.0.0.1:" + proxy.port());
            var agent = drill.agent(() -> b, 0);
            drill.visitors(5, () -> a, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            proxy.cut();
            drill.run(Duration.ofSeconds(8));
            proxy.heal();
            long healed = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(4));
            drill.figure("partition s", 8);
            drill.figureLater("live on b again after ms", () -> drill.liveAgainAfter(agent, healed));
            drill.settleAndCheck(a.url());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void slowConsumerWithSmallAndLargeBodies() {
        for (int bodyChars : new int[] {200, 3_000}) {
            try (var drill = new Drill("slow-consumer-" + bodyChars + "-chars")) {
                var node = drill.node("n1", freshDatabase(), null);
                var fast = drill.agent(() -> node, 0);
                var slow = drill.agent(() -> node, 4_096);
                drill.visitors(8, () -> node, 15, bodyChars, 1);
                double closedBefore = node.counter("parley_gateway_closes_total", "reason=\"slow-consumer\"");
                slow.readingPaused = true;
                drill.sending(true);
                // the server must close the agent that stopped reading while it still does not read
                Awaitility.await("the server closes the agent that does not read").atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> node.counter("parley_gateway_closes_total", "reason=\"slow-consumer\"")
                                > closedBefore);
                drill.run(Duration.ofSeconds(2));
                drill.sending(false);
                drill.figure("slow consumers closed", node.counter("parley_gateway_closes_total",
                        "reason=\"slow-consumer\"") - closedBefore);
                slow.readingPaused = false;
                drill.figureLater("its close codes", () -> slow.closeCodes);
                drill.settleAndCheck(node.url());
                assertThat(fast.reconnects.get()).as("the reading agent kept its connection").isZero();
                assertThat(slow.reconnects.get()).as("the agent that stopped reading connected again").isPositive();
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Order(8)
    void longDisconnect() {
        try (var drill = new Drill("long-disconnect")) {
            var node = drill.node("n1", freshDatabase(), null);
            var agent = drill.agent(() -> node, 0);
            var visitors = drill.visitors(5, () -> node, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            agent.dropFor(20_000);
            visitors.getFirst().dropFor(15_000);
            drill.run(Duration.ofSeconds(22));
            drill.figure("agent away s", 20);
            drill.settleAndCheck(node.url());
            assertThat(agent.replayFrames.get()).as("the agent caught up by resuming").isPositive();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(9)
    void duplicateStorm() {
        try (var drill = new Drill("duplicate-storm")) {
            var node = drill.node("n1", freshDatabase(), null);
            drill.agent(() -> node, 0);
            var visitors = drill.visitors(5, () -> node, 4, 100, 4);
            drill.sending(true);
            for (int round = 0; round < 3; round++) {
                drill.run(Duration.ofSeconds(2));
                visitors.forEach(Visitor::dropConnection);
            }
            drill.run(LOAD);
            drill.settleAndCheck(node.url());
            assertThat(visitors).allMatch(v -> v.duplicateAcks.get() > 0, "resends answered as duplicates");
        }
    }

    @Test
    @org.junit.jupiter.api.Order(10)
    void embeddedDatabaseAndJvmKilled() throws Exception {
        try (var drill = new Drill("embedded-kill-9")) {
            var node = drill.node("n1", null, null);
            drill.agent(() -> node, 0);
            drill.visitors(5, () -> node, 10, 100, 1);
            drill.sending(true);
            drill.run(LOAD);
            node.kill();
            node.restart();
            drill.run(LOAD);
            var pidFile = drill.dataDir("n1").resolve("postgres").resolve("postmaster.pid");
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            Processes.killTree(postmaster);
            long down = System.currentTimeMillis();
            drill.run(LOAD.plusSeconds(4));
            drill.figureLater("acks again after embedded database kill ms", () -> drill.acksAgainAfter(down));
            drill.settleAndCheck(node.url());
        }
    }
}
