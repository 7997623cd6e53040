package io.parley.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * One drill's world: its nodes, clients and load, and the checker that runs after it. The checker reads what
 * PostgreSQL holds through the REST history (as an outside checker would) and compares it with what each client was
 * acknowledged and holds after a final resume.
 */
final class Drill implements AutoCloseable {

    static final Path WORK = Path.of(System.getProperty("parley.drills.work", "target/drills")).toAbsolutePath();
    private static final Path REPORT = WORK.resolve("drill-report.md");

    final String name;
    final List<ParleyProcess> nodes = new ArrayList<>();
    final List<Visitor> visitors = new ArrayList<>();
    final List<Agent> agents = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final long startedAt = System.currentTimeMillis();
    private String agentToken;
    private String widgetKey;
    private final Map<String, Supplier<String>> figures = new java.util.LinkedHashMap<>();

    Drill(String name) {
        this.name = name;
        try {
            Files.createDirectories(WORK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataDir(String node) {
        return WORK.resolve(name + "-" + node + "-data");
    }

    ParleyProcess node(String nodeName, String databaseUrl, String redisUrl) {
        var node = ParleyProcess.start(name + "-" + nodeName, WORK, databaseUrl, redisUrl, dataDir(nodeName));
        nodes.add(node);
        return node;
    }

    <T extends AutoCloseable> T own(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Visitors, each with a conversation of its own on the node {@code target} names at each (re)connect. */
    List<Visitor> visitors(int count, Supplier<ParleyProcess> target, int rate, int bodyChars, int copies) {
        String url = target.get().url();
        ensureTokens(url);
        var created = new ArrayList<Visitor>();
        for (int i = 0; i < count; i++) {
            var visitor = new Visitor("v" + (visitors.size() + 1), target, Rest.visitorToken(url, widgetKey), rate,
                    bodyChars, copies);
            visitor.start();
            created.add(visitor);
            visitors.add(visitor);
        }
        for (Visitor visitor : created) {
            String conversation = visitor.awaitConversation();
            agents.forEach(agent -> agent.watch(conversation));
        }
        return created;
    }

    Agent agent(Supplier<ParleyProcess> target, int receiveBuffer) {
        ensureTokens(target.get().url());
        var agent = new Agent("a" + (agents.size() + 1), target, agentToken, receiveBuffer);
        visitors.forEach(v -> agent.watch(v.conversationId()));
        agent.start();
        agents.add(agent);
        Awaitility.await(agent.name + " connected").atMost(Duration.ofSeconds(30)).until(agent::connected);
        return agent;
    }

    private void ensureTokens(String url) {
        if (agentToken == null) {
            agentToken = Rest.agentToken(url);
            widgetKey = Rest.widgetKey(url, agentToken);
        }
    }

    void sending(boolean on) {
        visitors.forEach(v -> v.sending = on);
    }

    /** Lets the load run for that long (the drill's clock; the clients work meanwhile). */
    void run(Duration duration) {
        long until = System.currentTimeMillis() + duration.toMillis();
        Awaitility.await().atMost(duration.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> System.currentTimeMillis() >= until);
    }

    void figure(String key, Object value) {
        figures.put(key, () -> String.valueOf(value));
    }

    /** A figure read when the drill is checked, after everything settled (a recovery time, say). */
    void figureLater(String key, java.util.function.Supplier<Object> value) {
        figures.put(key, () -> String.valueOf(value.get()));
    }

    /** Milliseconds from {@code since} to the first acknowledgement of a message sent after it; -1 if none. */
    long acksAgainAfter(long since) {
        return visitors.stream().flatMap(v -> v.ackedAt.values().stream()).filter(at -> at >= since)
                .mapToLong(at -> at - since).min().orElse(-1);
    }

    /** Milliseconds from {@code since} to the first live delivery to {@code agent} of a message acknowledged after. */
    long liveAgainAfter(Agent agent, long since) {
        long best = Long.MAX_VALUE;
        for (Visitor visitor : visitors) {
            for (var entry : visitor.ackedAt.entrySet()) {
                Long live = agent.liveAt.get(entry.getKey());
                if (entry.getValue() >= since && live != null) {
                    best = Math.min(best, live - since);
                }
            }
        }
        return best == Long.MAX_VALUE ? -1 : best;
    }

    /**
     * Stops the load, waits until every message sent was acknowledged and every client caught up, then checks the
     * invariants against what is stored and fails the drill on any violation.
     */
    void settleAndCheck(String url) {
        sending(false);
        Awaitility.await(name + ": every message sent acknowledged").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> visitors.stream().allMatch(v -> v.pendingCount() == 0));
        for (var client : visitors) {
            assertThat(client.catchUp(60_000)).as(client.name + " caught up: " + client.diagnosis()).isTrue();
        }
        for (var client : agents) {
            client.readingPaused = false;
            assertThat(client.catchUp(60_000)).as(client.name + " caught up: " + client.diagnosis()).isTrue();
        }
        String token = Rest.agentToken(url);
        long sent = 0, acknowledged = 0, stored = 0, delivered = 0, lost = 0, duplicated = 0, gaps = 0,
                undelivered = 0, conflicting = 0, duplicateAcks = 0, attempts = 0, retryable = 0;
        var problems = new ArrayList<String>();
        for (Visitor visitor : visitors) {
            String conversation = visitor.conversationId();
            List<JsonNode> history = Rest.history(url, token, conversation);
            var byClientId = new HashMap<String, List<Long>>();
            long expected = 1;
            for (JsonNode message : history) {
                long sequence = message.path("sequence").asLong();
                if (sequence != expected) {
                    gaps++;
                    problems.add(conversation + ": sequence " + sequence + " where " + expected + " was due");
                }
                expected = sequence + 1;
                byClientId.computeIfAbsent(message.path("clientMessageId").asString(), k -> new ArrayList<>())
                        .add(sequence);
            }
            for (var entry : byClientId.entrySet()) {
                if (entry.getValue().size() > 1) {
                    duplicated += entry.getValue().size() - 1;
                    problems.add(conversation + ": " + entry.getKey() + " stored as " + entry.getValue());
                }
                if (entry.getKey().startsWith(visitor.name + "-")) {
                    stored++;
                }
            }
            for (var ack : visitor.acked.entrySet()) {
                List<Long> at = byClientId.get(ack.getKey());
                if (at == null || !at.contains(ack.getValue())) {
                    lost++;
                    problems.add(conversation + ": " + ack.getKey() + " acknowledged as " + ack.getValue()
                            + " but stored as " + at);
                }
            }
            var storedSequences = history.stream().map(m -> m.path("sequence").asLong()).toList();
            var visible = history.stream().filter(m -> !"NOTE".equals(m.path("kind").asString()))
                    .map(m -> m.path("sequence").asLong()).toList();
            undelivered += missing(visitor, conversation, visible, problems);
            for (Agent agent : agents) {
                undelivered += missing(agent, conversation, storedSequences, problems);
                delivered += agent.held.getOrDefault(conversation, new java.util.TreeSet<>()).size();
            }
            sent += visitor.sent.get();
            acknowledged += visitor.acked.size();
            conflicting += visitor.conflictingAcks.get();
            duplicateAcks += visitor.duplicateAcks.get();
            attempts += visitor.attempts.get();
            retryable += visitor.retryableErrors.get();
        }
        long reordered = 0, reconnects = 0;
        for (DrillClient client : clients()) {
            reordered += client.reordered.get();
            reconnects += client.reconnects.get();
            client.errors.stream().limit(5).forEach(e -> problems.add(client.name + ": " + e));
        }
        String line = String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |", name, sent,
                attempts, acknowledged, stored, delivered, lost, duplicated, reordered, gaps + conflicting,
                undelivered, reconnects, figuresText(duplicateAcks, retryable));
        report(line);
        System.out.println("DRILL " + line);
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        assertThat(sent).as("messages sent").isPositive();
        assertThat(acknowledged).as("every message sent acknowledged").isEqualTo(sent);
        assertThat(stored).as("every message sent stored once").isEqualTo(sent);
        assertThat(lost).as("acknowledged but not stored as acknowledged: " + problems).isZero();
        assertThat(duplicated).as("stored twice: " + problems).isZero();
        assertThat(gaps + conflicting).as("sequence gaps or conflicting acks: " + problems).isZero();
        assertThat(reordered).as("live messages out of order or skipped: " + problems).isZero();
        assertThat(undelivered).as("stored but not held by a client after resuming: " + problems).isZero();
    }

    private String figuresText(long duplicateAcks, long retryable) {
        var text = new StringBuilder();
        figures.forEach((k, v) -> text.append(k).append(' ').append(v.get()).append("; "));
        text.append("duplicate acks ").append(duplicateAcks).append("; retryable errors ").append(retryable)
                .append("; ").append((System.currentTimeMillis() - startedAt) / 1000).append(" s");
        return text.toString();
    }

    private static long missing(DrillClient client, String conversation, List<Long> expected, List<String> problems) {
        var held = client.held.getOrDefault(conversation, new java.util.concurrent.ConcurrentSkipListSet<>());
        long missing = expected.stream().filter(s -> !held.contains(s)).count();
        if (missing > 0) {
            problems.add(client.name + " lacks " + missing + " of " + expected.size() + " in " + conversation);
        }
        return missing;
    }

    private List<DrillClient> clients() {
        var all = new ArrayList<DrillClient>(visitors);
        all.addAll(agents);
        return all;
    }

    private static synchronized void report(String line) {
        try {
            if (!Files.exists(REPORT)) {
                Files.writeString(REPORT, "| drill | sent | attempts | acknowledged | stored | delivered to agents "
                        + "| lost | duplicated | reordered | gaps | undelivered | reconnects | figures |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            }
            Files.writeString(REPORT, line + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        clients().forEach(DrillClient::close);
        nodes.forEach(ParleyProcess::close);
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // cleaning up after a drill
            }
        }
    }
}
