package io.parley.conversation.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.BotDraftPiece;
import io.parley.conversation.ConversationCatchUp;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.LocalConversationSignals;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two cluster nodes' buses on one real Redis, each with a stream key of its own test; and one without Redis. */
class ClusterBusIntegrationTests {

    private final List<Node> nodes = new ArrayList<>();
    private ClusterRedis cleaner;

    @AfterEach
    void stopNodes() {
        nodes.forEach(Node::stop);
        if (cleaner != null) {
            cleaner.stream().delete();
            cleaner.close();
        }
    }

    @Test
    void eventsOfOneNodeReachTheOtherInCommitOrderAndNeverComeBackToItself() throws Exception {
        var properties = properties(TestRedis.url(), TestRedis.uniqueStreamKey(), 100000, 10000);
        Node a = start(properties);
        Node b = start(properties);
        var workspace = WorkspaceId.random();
        var visitor = VisitorId.random();
        var conversation = ConversationClock.conversation(workspace, visitor);

        for (int sequence = 1; sequence <= 300; sequence++) {
            a.notifications.messagePosted(workspace, visitor, ConversationClock.message(conversation.id(), sequence));
        }
        a.notifications.conversationChanged(conversation);
        a.notifications.botDrafted(new BotDraftPiece(workspace, visitor, conversation.id(), "d1", "部分", false, false));

        for (int sequence = 1; sequence <= 300; sequence++) {
            Object received = b.local.received.poll(5, TimeUnit.SECONDS);
            assertThat(received).as("message %d on node B", sequence).isInstanceOf(MessageView.class);
            assertThat(((MessageView) received).sequence()).isEqualTo(sequence);
        }
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).isEqualTo(conversation);
        assertThat(a.local.received).as("node A's own connections got each once, from A itself").hasSize(302);
        assertThat(b.local.received.poll(500, TimeUnit.MILLISECONDS)).as("drafts stay on their node").isNull();

        a.local.received.clear();
        b.notifications.messagePosted(workspace, visitor, ConversationClock.message(conversation.id(), 301));
        Object back = a.local.received.poll(5, TimeUnit.SECONDS);
        assertThat(back).isInstanceOf(MessageView.class);
        assertThat(((MessageView) back).sequence()).isEqualTo(301);
        assertThat(a.local.received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(b.meters.counter("parley.cluster.received").count()).isEqualTo(301);
        assertThat(a.meters.counter("parley.cluster.sent", "outcome", "published").count()).isEqualTo(301);
    }

    @Test
    void signalsOfOneNodeReachTheOtherOnceInOrderAndNeverComeBackToItself() throws Exception {
        var properties = properties(TestRedis.url(), TestRedis.uniqueStreamKey(), 100000, 10000);
        Node a = start(properties);
        Node b = start(properties);
        var workspace = WorkspaceId.random();
        var visitor = VisitorId.random();
        var conversation = ConversationClock.conversation(workspace, visitor);
        var visitorAuthor = new Author(AuthorKind.VISITOR, visitor.toString());
        var agentAuthor = new Author(AuthorKind.AGENT, "agent-1");

        a.signals.typing(conversation, visitorAuthor, true);
        a.notifications.messagePosted(workspace, visitor, ConversationClock.message(conversation.id(), 1));
        a.signals.typing(conversation, visitorAuthor, false);
        b.signals.read(conversation, agentAuthor, 1);

        var typing = new Signal("typing", conversation, visitorAuthor, 1);
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).as("B's own read, from B itself")
                .isEqualTo(new Signal("read", conversation, agentAuthor, 1));
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).isEqualTo(typing);
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).isInstanceOf(MessageView.class);
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new Signal("typing", conversation,
                visitorAuthor, 0));
        assertThat(a.local.received.poll(5, TimeUnit.SECONDS)).as("A's own, from A itself").isEqualTo(typing);
        assertThat(a.local.received.poll(5, TimeUnit.SECONDS)).isInstanceOf(MessageView.class);
        assertThat(a.local.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new Signal("typing", conversation,
                visitorAuthor, 0));
        assertThat(a.local.received.poll(5, TimeUnit.SECONDS)).as("B's read on A")
                .isEqualTo(new Signal("read", conversation, agentAuthor, 1));
        assertThat(a.local.received.poll(500, TimeUnit.MILLISECONDS)).as("nothing twice on A").isNull();
        assertThat(b.local.received.poll(100, TimeUnit.MILLISECONDS)).as("nothing twice on B").isNull();
    }

    @Test
    void aChangeOfAnAgentsAccessReachesEveryNodeOnce() throws Exception {
        var properties = properties(TestRedis.url(), TestRedis.uniqueStreamKey(), 100000, 10000);
        Node a = start(properties);
        Node b = start(properties);
        var change = new Access(WorkspaceId.random(), AgentId.random());

        a.access.accessChanged(change.workspace(), change.agent());

        assertThat(a.local.received.poll(5, TimeUnit.SECONDS)).as("A's own connections, from A itself")
                .isEqualTo(change);
        assertThat(b.local.received.poll(5, TimeUnit.SECONDS)).as("B's connections").isEqualTo(change);
        assertThat(a.local.received.poll(500, TimeUnit.MILLISECONDS)).as("nothing twice on A").isNull();
        assertThat(b.local.received.poll(100, TimeUnit.MILLISECONDS)).as("nothing twice on B").isNull();
    }

    @Test
    void keepsTheStreamNearItsCap() {
        var properties = properties(TestRedis.url(), TestRedis.uniqueStreamKey(), 100, 10000);
        Node a = start(properties);
        var workspace = WorkspaceId.random();
        var visitor = VisitorId.random();
        var conversation = ConversationClock.conversation(workspace, visitor);
        for (int sequence = 1; sequence <= 2000; sequence++) {
            a.notifications.messagePosted(workspace, visitor, ConversationClock.message(conversation.id(), sequence));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> a.meters.counter("parley.cluster.sent",
                "outcome", "published").count() == 2000);

        long length = cleaner.stream().size();
        assertThat(length).as("approximate trimming keeps about the cap").isBetween(100L, 300L);
    }

    @Test
    void withoutRedisPostsGoOnLocallyAndNothingBlocks() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var properties = properties("redis://127.0.0.1:" + closedPort, TestRedis.uniqueStreamKey(), 1000, 100);
        Node a = start(properties, false);
        var workspace = WorkspaceId.random();
        var visitor = VisitorId.random();
        var conversation = ConversationClock.conversation(workspace, visitor);

        long started = System.nanoTime();
        for (int sequence = 1; sequence <= 5000; sequence++) {
            a.notifications.messagePosted(workspace, visitor, ConversationClock.message(conversation.id(), sequence));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(millis).as("5000 notifications with Redis away").isLessThan(2000);
        assertThat(a.local.received).as("delivered on this node all the same").hasSize(5000);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                a.meters.counter("parley.cluster.sent", "outcome", "dropped").count() > 0
                        && a.meters.counter("parley.cluster.sent", "outcome", "failed").count() > 0
                        && a.meters.counter("parley.cluster.read.failures").count() > 0);
        long stopping = System.nanoTime();
        a.stop();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping)).as("stop").isLessThan(8000);
    }

    private static ClusterProperties properties(String url, String key, int maxLength, int queue) {
        return new ClusterProperties(url, key, maxLength, queue, Duration.ofMillis(500), Duration.ofMillis(500));
    }

    private Node start(ClusterProperties properties) {
        return start(properties, true);
    }

    private Node start(ClusterProperties properties, boolean awaitReading) {
        if (cleaner == null && awaitReading) {
            cleaner = new ClusterRedis(properties, "cleaner");
        }
        var node = new Node(properties);
        nodes.add(node);
        if (awaitReading) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(node.reader::reading);
        }
        return node;
    }

    private static final class Node {
        final Recorder local = new Recorder();
        final LinkedBlockingQueue<Instant> catchUps = new LinkedBlockingQueue<>();
        final ConversationCatchUp catchUp = since -> {
            catchUps.add(since);
            return 0;
        };
        final MeterRegistry meters = new SimpleMeterRegistry();
        final ClusterRedis redis;
        final StreamPublisher publisher;
        final StreamReader reader;
        final ClusterNotifications notifications;
        final ClusterSignals signals;
        final ClusterAgentAccess access;

        Node(ClusterProperties properties) {
            String id = UUID.randomUUID().toString();
            redis = new ClusterRedis(properties, id);
            publisher = new StreamPublisher(redis, new ClusterEventCodec(), id, properties, meters);
            reader = new StreamReader(redis, new ClusterEventCodec(), id, local, local,
                    new ClusterCatchUp(catchUp, meters), local, properties, meters);
            notifications = new ClusterNotifications(local, publisher);
            signals = new ClusterSignals(local, publisher);
            access = new ClusterAgentAccess(local, publisher);
            publisher.start();
            reader.start();
        }

        void stop() {
            if (publisher.isRunning()) {
                reader.stop();
                publisher.stop();
                redis.close();
            }
        }
    }

    /** A typing signal (value 1 or 0) or a read one (value the sequence) as one node's connections got it. */
    private record Signal(String kind, ConversationView conversation, Author author, long value) {}

    /** A change of an agent's access as one node's connections got it. */
    private record Access(WorkspaceId workspace, AgentId agent) {}

    private static final class Recorder implements LocalConversationNotifications, LocalConversationSignals,
            LocalAgentAccessNotifications {
        final LinkedBlockingQueue<Object> received = new LinkedBlockingQueue<>();

        @Override
        public void messagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) {
            received.add(message);
        }

        @Override
        public void conversationChanged(ConversationView conversation) {
            received.add(conversation);
        }

        @Override
        public void botDrafted(BotDraftPiece piece) {
            received.add(piece);
        }

        @Override
        public void typing(ConversationView conversation, Author author, boolean typing) {
            received.add(new Signal("typing", conversation, author, typing ? 1 : 0));
        }

        @Override
        public void read(ConversationView conversation, Author author, long sequence) {
            received.add(new Signal("read", conversation, author, sequence));
        }

        @Override
        public void accessChanged(WorkspaceId workspace, AgentId agent) {
            received.add(new Access(workspace, agent));
        }
    }

    private static final class ConversationClock {
        static ConversationView conversation(WorkspaceId workspace, VisitorId visitor) {
            return new ConversationView(ConversationId.random(), workspace, io.parley.shared.InboxId.random(), visitor,
                    io.parley.conversation.ConversationStatus.WAITING, null, 0, Instant.now(), Instant.now());
        }

        static MessageView message(ConversationId conversation, long sequence) {
            return new MessageView(MessageId.random(), conversation, sequence, "c-" + sequence,
                    new Author(AuthorKind.VISITOR, "v"), MessageKind.TEXT, "消息 " + sequence, Instant.now());
        }
    }
}
