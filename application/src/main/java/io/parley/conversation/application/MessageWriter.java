package io.parley.conversation.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.MessageView;
import io.parley.conversation.Posted;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.application.StoreFailures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of posted messages. Each conversation belongs to one of a few writers (by its id); a writer takes
 * every post that queued while its previous transaction ran and commits them together through {@link BatchCommit},
 * then notifies recipients and answers each poster, in queue order. Under load one transaction carries many messages;
 * a lone post waits for nothing. The poster's answer still means "committed in PostgreSQL".
 */
@Component
class MessageWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessageWriter.class);

    private final BatchCommit commit;
    private final TransactionTemplate transactions;
    private final AuthorProfiles profiles;
    private final ConversationNotifications notifications;
    private final ConversationOrdering ordering;
    private final MessagingProperties properties;
    private final List<BlockingQueue<PendingPost>> queues = new ArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private final Timer storeTimer;
    private final DistributionSummary batchSizes;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter refusedBusy;
    private final Counter timedOut;

    MessageWriter(BatchCommit commit, TransactionTemplate transactions, AuthorProfiles profiles,
                  ConversationNotifications notifications, ConversationOrdering ordering,
                  MessagingProperties properties, MeterRegistry meters) {
        this.commit = commit;
        this.transactions = transactions;
        this.profiles = profiles;
        this.notifications = notifications;
        this.ordering = ordering;
        this.properties = properties;
        for (int i = 0; i < properties.writers(); i++) {
            queues.add(new ArrayBlockingQueue<>(properties.queueCapacity()));
        }
        this.storeTimer = Timer.builder("parley.messages.store")
                .description("Time to number and commit a batch of messages").publishPercentileHistogram()
                .register(meters);
        this.batchSizes = DistributionSummary.builder("parley.messages.batch")
                .description("Posts committed by one transaction").register(meters);
        this.stored = Counter.builder("parley.messages.stored").register(meters);
        this.duplicates = Counter.builder("parley.messages.duplicates")
                .description("Resends answered with the stored message").register(meters);
        this.refusedBusy = Counter.builder("parley.messages.refused.busy")
                .description("Posts refused because the writers' queues were full").register(meters);
        this.timedOut = Counter.builder("parley.messages.refused.deadline")
                .description("Posts answered with store.unavailable because their commit took too long")
                .register(meters);
    }

    /**
     * Commits the post and returns once it is committed and its recipients are notified, or refuses it with
     * {@code store.unavailable} when that takes longer than the store deadline. Inside a transaction of the
     * caller's (which may hold locks a writer would wait for), on a writer's own thread (something it notified posts
     * in turn), and while the writers are not running, the post is committed on the caller's thread instead.
     */
    Posted post(PendingPost post) {
        if (!running || TransactionSynchronizationManager.isActualTransactionActive()
                || threads.contains(Thread.currentThread())) {
            // (a writer posting while it notifies would wait for itself)
            process(List.of(post));
        } else {
            var queue = queues.get(Math.floorMod(post.command().conversation().value().hashCode(), queues.size()));
            if (!queue.offer(post)) {
                refusedBusy.increment();
                throw DomainException.rateLimited("message.server-busy",
                        "the server has too many messages waiting to be stored; send this one again in a moment "
                                + "with the same client message id");
            }
            if (!running && queue.remove(post)) {
                // the writer stopped between the check and the offer: nobody would take it
                process(List.of(post));
            }
        }
        try {
            post.outcome().get(properties.storeDeadline().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the writer skips a post answered meanwhile; one already in a transaction may still commit, which the
            // client's resend with the same client message id finds
            if (post.outcome().completeExceptionally(deadlinePassed())) {
                timedOut.increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            post.outcome().completeExceptionally(deadlinePassed());
        } catch (ExecutionException e) {
            // answered below, as the writer met it
        }
        try {
            return post.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                // the refusal as the writer met it, with this thread's stack for whoever logs it
                cause.addSuppressed(new Exception("posted from here"));
                throw cause;
            }
            throw e;
        }
    }

    /** Posts waiting in the writers' queues, not yet taken into a batch. */
    int queued() {
        return queues.stream().mapToInt(BlockingQueue::size).sum();
    }

    private void drain(BlockingQueue<PendingPost> queue) {
        List<PendingPost> batch = new ArrayList<>(properties.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                PendingPost first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, properties.maxBatch() - 1);
                // posts whose posters stopped waiting (the deadline passed in the queue) are not stored
                batch.removeIf(post -> post.outcome().isDone());
                if (!batch.isEmpty()) {
                    process(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(p -> p.outcome().completeExceptionally(notStored()));
                return;
            } catch (RuntimeException | Error e) {
                // never leave a poster waiting
                log.error("A message writer failed; its batch of {} was not stored", batch.size(), e);
                batch.forEach(p -> p.outcome().completeExceptionally(notStored()));
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits the posts together; if the database refuses the batch, each one alone, so one bad post fails alone. */
    void process(List<PendingPost> batch) {
        List<BatchCommit.Outcome> outcomes;
        try {
            outcomes = storeTimer.record(() -> commitLookingUpResendsIfNeeded(batch));
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                log.warn("A batch of {} messages was refused ({}); storing them one by one", batch.size(),
                        e.getClass().getName());
                log.debug("Failure detail", e);
                batch.stream().filter(post -> !post.outcome().isDone()).forEach(post -> process(List.of(post)));
                return;
            }
            batch.getFirst().outcome().completeExceptionally(e instanceof DomainException ? e : notStored(e));
            return;
        }
        batchSizes.record(batch.size());
        deliver(batch, outcomes);
    }

    private List<BatchCommit.Outcome> commitLookingUpResendsIfNeeded(List<PendingPost> batch) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the caller's transaction cannot be rolled back and tried again: look resends up first
            return transactions.execute(status -> commit.commit(batch, true));
        }
        try {
            return transactions.execute(status -> commit.commit(batch, false));
        } catch (BatchCommit.ResendsFound e) {
            return transactions.execute(status -> commit.commit(batch, true));
        }
    }

    /** After commit: notify each stored message's recipients, then answer its poster, in queue order. */
    private void deliver(List<PendingPost> batch, List<BatchCommit.Outcome> outcomes) {
        Map<Integer, MessageView> shown = withProfiles(outcomes);
        for (int i = 0; i < batch.size(); i++) {
            PendingPost post = batch.get(i);
            switch (outcomes.get(i)) {
                case BatchCommit.Refused refused -> post.outcome().completeExceptionally(refused.refusal());
                case BatchCommit.Stored result when result.posted().duplicate() -> {
                    duplicates.increment();
                    post.outcome().complete(result.posted());
                }
                case BatchCommit.Stored result -> {
                    stored.increment();
                    MessageView message = shown.getOrDefault(i, result.posted().message());
                    try {
                        ordering.inOrder(message.conversationId(), () -> {
                            notifications.messagePosted(result.workspace(), result.visitor(), message);
                            if (result.changed() != null) {
                                notifications.conversationChanged(result.changed());
                            }
                            return null;
                        });
                    } catch (RuntimeException e) {
                        log.warn("Could not notify the recipients of message {} ({}); they catch up by resuming",
                                message.id(), e.toString());
                    }
                    post.outcome().complete(new Posted(message, false));
                }
            }
        }
    }

    /**
     * The new messages with their authors' profiles, read once per inbox for the whole batch. The messages are
     * committed whatever happens here: without profiles if they cannot be read now.
     */
    private Map<Integer, MessageView> withProfiles(List<BatchCommit.Outcome> outcomes) {
        record Inbox(WorkspaceId workspace, InboxId inbox) {}
        Map<Inbox, List<Integer>> byInbox = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof BatchCommit.Stored s && !s.posted().duplicate()) {
                byInbox.computeIfAbsent(new Inbox(s.workspace(), s.inbox()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, MessageView> shown = new LinkedHashMap<>();
        byInbox.forEach((inbox, indexes) -> {
            List<MessageView> messages = indexes.stream()
                    .map(i -> ((BatchCommit.Stored) outcomes.get(i)).posted().message()).toList();
            try {
                List<MessageView> profiled = profiles.of(inbox.workspace(), inbox.inbox(), messages);
                for (int j = 0; j < indexes.size(); j++) {
                    shown.put(indexes.get(j), profiled.get(j));
                }
            } catch (RuntimeException e) {
                log.warn("Could not read the profiles of the authors of {} messages ({})", messages.size(),
                        e.toString());
            }
        });
        return shown;
    }

    /** The poster's deadline passed, or the database is away: the message may be committed later, or not at all. */
    private static DomainException deadlinePassed() {
        return DomainException.unavailable(StoreFailures.CODE,
                "the database did not store this message in time; send it again with the same client message id "
                        + "(if it was stored meanwhile, the answer is the stored message)");
    }

    private static DomainException notStored() {
        return DomainException.unavailable("message.not-stored",
                "the server could not store this message; send it again with the same client message id");
    }

    private static DomainException notStored(RuntimeException cause) {
        log.warn("A message could not be stored ({})", cause.getClass().getName());
        log.debug("Failure detail", cause);
        // the database is away or too slow: the same code as for any other request, and as retryable
        var refusal = StoreFailures.unavailable(cause) ? deadlinePassed() : notStored();
        refusal.initCause(cause);
        return refusal;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < queues.size(); i++) {
            var queue = queues.get(i);
            threads.add(Thread.ofPlatform().daemon().name("parley-message-writer-" + i).start(() -> drain(queue)));
        }
    }

    /** Stops taking new posts into the queues, then commits what is queued before returning. */
    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server takes requests and stops after it has drained them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
