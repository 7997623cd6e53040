package io.parley.conversation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.MessageBody;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit against the real database: many posts at once share transactions and still get gap-free sequences;
 * one refused post in a batch fails alone; a batch the database refuses is retried post by post; a full queue
 * refuses at once instead of waiting.
 */
class GroupCommitIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    ConversationMessaging messaging;

    @Autowired
    MessageWriter writer;

    @Autowired
    io.parley.conversation.ConversationLifecycle lifecycle;

    @Autowired
    BatchCommit commit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuthorProfiles profiles;

    @Autowired
    ConversationNotifications notifications;

    @Autowired
    ConversationOrdering ordering;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    private record Visit(Actor.Visitor visitor, ConversationId conversation) {}

    private Visit visit(Tenant tenant) {
        var session = client().visitorSession(tenant.widgetKey(), tenant.origin());
        var visitor = new Actor.Visitor(WorkspaceId.parse(session.path("workspaceId").asString()),
                InboxId.parse(session.path("inboxId").asString()), VisitorId.parse(session.path("visitorId").asString()));
        return new Visit(visitor, messaging.start(visitor).id());
    }

    private Actor.Agent admin(Tenant tenant) {
        String id = client().get("/api/v1/auth/me", tenant.adminToken()).body().path("id").asString();
        return new Actor.Agent(WorkspaceId.parse(tenant.workspaceId()), AgentId.parse(id), Role.ADMIN);
    }

    private static PendingPost pending(Actor actor, ConversationId conversation, String clientId, String body) {
        return new PendingPost(new PostMessage(actor, conversation, new ClientMessageId(clientId), MessageKind.TEXT,
                body), new MessageBody(body));
    }

    private List<MessageView> history(Actor actor, ConversationId conversation) {
        return messaging.history(actor, conversation, new HistoryQuery(0, null, 500));
    }

    private long batchesOfMoreThanOne() {
        var summary = meters.find("parley.messages.batch").summary();
        return summary == null ? 0 : (long) summary.max();
    }

    @Test
    void manyPostsAtOnceShareTransactionsAndKeepEveryConversationsSequenceWithoutGaps() throws Exception {
        Tenant tenant = newTenant();
        List<Visit> visits = IntStream.range(0, 20).mapToObj(i -> visit(tenant)).toList();
        int perConversation = 15;
        var start = new CountDownLatch(1);
        List<CompletableFuture<Posted>> posts = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Visit visit : visits) {
                for (int i = 0; i < perConversation; i++) {
                    String clientId = "burst-" + i;
                    posts.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return messaging.post(new PostMessage(visit.visitor(), visit.conversation(),
                                new ClientMessageId(clientId), MessageKind.TEXT, "message " + clientId));
                    }, threads));
                }
            }
            start.countDown();
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        assertThat(posts).allSatisfy(p -> assertThat(p.get().duplicate()).isFalse());
        for (Visit visit : visits) {
            var stored = history(visit.visitor(), visit.conversation());
            assertThat(stored).extracting(MessageView::sequence)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, perConversation).mapToObj(i -> (long) i).toList());
            assertThat(stored).extracting(MessageView::clientMessageId).doesNotHaveDuplicates();
            assertThat(messaging.get(visit.visitor(), visit.conversation()).lastSequence()).isEqualTo(perConversation);
        }
        assertThat(batchesOfMoreThanOne()).as("300 posts at once share transactions").isGreaterThan(1);
    }

    @Test
    void aRefusedPostInABatchFailsAloneAndChangesNothing() {
        Tenant tenant = newTenant();
        Visit mine = visit(tenant);
        Visit other = visit(newTenant());
        Visit resolved = visit(tenant);
        var agent = admin(tenant);
        messaging.post(new PostMessage(mine.visitor(), mine.conversation(), new ClientMessageId("taken"),
                MessageKind.TEXT, "first"));
        lifecycle.resolve(agent, resolved.conversation());

        var batch = List.of(
                pending(mine.visitor(), mine.conversation(), "ok-1", "hello"),
                pending(mine.visitor(), other.conversation(), "x-1", "another tenant's conversation"),
                pending(agent, mine.conversation(), "taken", "someone else's client id"),
                pending(mine.visitor(), mine.conversation(), "taken", "a resend of the first"),
                pending(agent, resolved.conversation(), "r-1", "an agent writing to a resolved conversation"),
                pending(mine.visitor(), mine.conversation(), "ok-1", "a resend within the batch"),
                pending(agent, mine.conversation(), "a-1", "<script>alert(1)</script>"));
        writer.process(batch);

        assertThat(batch.get(0).outcome().join().message().sequence()).isEqualTo(2);
        assertRefused(batch.get(1), "conversation.not-found");
        assertRefused(batch.get(2), "message.client-id-taken");
        assertThat(batch.get(3).outcome().join().duplicate()).isTrue();
        assertThat(batch.get(3).outcome().join().message().sequence()).isEqualTo(1);
        assertRefused(batch.get(4), "conversation.closed");
        assertThat(batch.get(5).outcome().join().duplicate()).isTrue();
        assertThat(batch.get(5).outcome().join().message().sequence()).isEqualTo(2);
        var reply = batch.get(6).outcome().join().message();
        assertThat(reply.sequence()).isEqualTo(3);
        assertThat(reply.body()).as("stored as written; clients render it as text").isEqualTo("<script>alert(1)</script>");

        assertThat(history(agent, mine.conversation())).extracting(MessageView::body)
                .containsExactly("first", "hello", "<script>alert(1)</script>");
        assertThat(history(other.visitor(), other.conversation())).isEmpty();
        assertThat(history(agent, resolved.conversation())).isEmpty();
        assertThat(messaging.get(agent, mine.conversation()).assignee()).as("the agent's reply made it theirs")
                .isEqualTo(agent.agentId());
    }

    @Test
    void aBatchTheDatabaseRefusesIsStoredPostByPostSoOnlyTheBadPostFails() {
        Tenant tenant = newTenant();
        Visit visit = visit(tenant);
        // a rule the database enforces and the domain does not know: one body it refuses
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION parley_test_refuse_boom() RETURNS trigger AS $$
                BEGIN IF NEW.body = 'boom' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END
                $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER parley_test_refuse_boom BEFORE INSERT ON message FOR EACH ROW "
                + "EXECUTE FUNCTION parley_test_refuse_boom()").update();
        try {
            var batch = List.of(pending(visit.visitor(), visit.conversation(), "c-1", "one"),
                    pending(visit.visitor(), visit.conversation(), "c-2", "boom"),
                    pending(visit.visitor(), visit.conversation(), "c-3", "three"));
            writer.process(batch);

            assertThat(batch.get(0).outcome().join().message().sequence()).isEqualTo(1);
            assertRefused(batch.get(1), "message.not-stored");
            assertThat(batch.get(2).outcome().join().message().sequence()).as("no gap where the refused one was")
                    .isEqualTo(2);
            assertThat(history(visit.visitor(), visit.conversation())).extracting(MessageView::body)
                    .containsExactly("one", "three");
        } finally {
            jdbc.sql("DROP TRIGGER parley_test_refuse_boom ON message").update();
            jdbc.sql("DROP FUNCTION parley_test_refuse_boom()").update();
        }
    }

    @Test
    void aFullQueueRefusesAPostAtOnceWithServerBusyAndStoresNothingOfIt() throws Exception {
        Tenant tenant = newTenant();
        Visit visit = visit(tenant);
        var small = new MessageWriter(commit, transactions, profiles, notifications, ordering,
                new MessagingProperties(1, 256, 1, Duration.ofSeconds(5)), meters);
        small.start();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                // another transaction holds the conversation's row: the writer's first batch waits for it
                var holder = threads.submit(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM conversation WHERE id = :id FOR UPDATE")
                            .param("id", visit.conversation().value()).query().singleRow();
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
                var first = threads.submit(() -> small.post(pending(visit.visitor(), visit.conversation(), "q-1",
                        "one")));
                // the writer has taken q-1 when its transaction waits for the row lock
                awaitCondition(() -> writersWaitingForALock() > 0 && small.queued() == 0);
                var second = threads.submit(() -> small.post(pending(visit.visitor(), visit.conversation(), "q-2",
                        "two")));
                awaitCondition(() -> small.queued() == 1);

                assertThatThrownBy(() -> small.post(pending(visit.visitor(), visit.conversation(), "q-3", "three")))
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.code()).isEqualTo("message.server-busy");
                            assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED);
                        });

                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
                assertThat(first.get(10, TimeUnit.SECONDS).message().sequence()).isEqualTo(1);
                assertThat(second.get(10, TimeUnit.SECONDS).message().sequence()).isEqualTo(2);
            } finally {
                // before the executor waits for its threads, one of which waits for this
                release.countDown();
            }
        } finally {
            small.stop();
        }
        assertThat(history(visit.visitor(), visit.conversation())).extracting(MessageView::body)
                .containsExactly("one", "two");
    }

    @Test
    void aPostNotCommittedByTheDeadlineIsRefusedRetryablyAndOneStillQueuedIsNeverStored() throws Exception {
        Tenant tenant = newTenant();
        Visit visit = visit(tenant);
        var hasty = new MessageWriter(commit, transactions, profiles, notifications, ordering,
                new MessagingProperties(1, 256, 10, Duration.ofMillis(500)), meters);
        hasty.start();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                var holder = threads.submit(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM conversation WHERE id = :id FOR UPDATE")
                            .param("id", visit.conversation().value()).query().singleRow();
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
                var inFlight = threads.submit(() -> hasty.post(pending(visit.visitor(), visit.conversation(), "d-1",
                        "one")));
                awaitCondition(() -> writersWaitingForALock() > 0 && hasty.queued() == 0);
                var queued = threads.submit(() -> hasty.post(pending(visit.visitor(), visit.conversation(), "d-2",
                        "two")));

                for (var post : List.of(inFlight, queued)) {
                    assertThatThrownBy(() -> post.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                            .cause().isInstanceOfSatisfying(DomainException.class, e -> {
                                assertThat(e.code()).isEqualTo("store.unavailable");
                                assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
                            });
                }

                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
                // the one in a transaction commits after all; the resend finds it, the other is stored now
                awaitCondition(() -> history(visit.visitor(), visit.conversation()).size() == 1);
                assertThat(hasty.post(pending(visit.visitor(), visit.conversation(), "d-1", "one")).duplicate())
                        .isTrue();
                Posted again = hasty.post(pending(visit.visitor(), visit.conversation(), "d-2", "two"));
                assertThat(again.duplicate()).as("dropped from the queue, stored only by the resend").isFalse();
                assertThat(again.message().sequence()).isEqualTo(2);
            } finally {
                release.countDown();
            }
        } finally {
            hasty.stop();
        }
        assertThat(history(visit.visitor(), visit.conversation())).extracting(MessageView::clientMessageId)
                .containsExactly("d-1", "d-2");
    }

    @Test
    void somethingTheWriterNotifiesMayPostInTurnWithoutTheWriterWaitingForItself() throws Exception {
        Tenant tenant = newTenant();
        Visit visit = visit(tenant);
        var writerOfTest = new java.util.concurrent.atomic.AtomicReference<MessageWriter>();
        var answered = new CompletableFuture<Posted>();
        ConversationNotifications answering = new ConversationNotifications() {
            @Override
            public void messagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) {
                if (message.clientMessageId().equals("ask")) {
                    answered.complete(writerOfTest.get().post(pending(admin(tenant), visit.conversation(), "answer",
                            "an answer posted while the question is being notified")));
                }
            }

            @Override
            public void conversationChanged(io.parley.conversation.ConversationView conversation) {}
        };
        var reentrant = new MessageWriter(commit, transactions, profiles, answering, ordering,
                new MessagingProperties(1, 256, 10, Duration.ofSeconds(5)), meters);
        writerOfTest.set(reentrant);
        reentrant.start();
        try {
            // on another thread, so that a writer waiting for itself fails the test instead of hanging it
            var asked = CompletableFuture.supplyAsync(() -> reentrant.post(pending(visit.visitor(),
                    visit.conversation(), "ask", "a question"))).get(10, TimeUnit.SECONDS);

            assertThat(asked.message().sequence()).isEqualTo(1);
            assertThat(answered.get(10, TimeUnit.SECONDS).message().sequence()).isEqualTo(2);
        } finally {
            reentrant.stop();
        }
        assertThat(history(visit.visitor(), visit.conversation())).extracting(MessageView::clientMessageId)
                .containsExactly("ask", "answer");
    }

    private long writersWaitingForALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND query LIKE '%FROM conversation%FOR UPDATE%'")
                .query(Long.class).single();
    }

    private static void assertRefused(PendingPost post, String code) {
        assertThat(post.outcome()).isCompletedExceptionally();
        assertThatThrownBy(() -> post.outcome().get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
