package io.parley.conversation.application;

import io.parley.channel.ChannelType;
import io.parley.channel.InboxAdministration;
import io.parley.conversation.Actor;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ChannelDeliveries;
import io.parley.conversation.ChannelSender;
import io.parley.conversation.DeliveryView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessagePosted;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.conversation.model.OutboundDelivery;
import io.parley.conversation.port.OutboundDeliveries;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.ChannelContacts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies out through their conversations' channels. A reply by an agent or the bot in an inbox whose channel has a
 * {@link ChannelSender} that delivers there gets a delivery recorded in the transaction that stores it (an outbox: a
 * crash loses none); every node looks for due deliveries each poll interval, and at once after such a commit; a
 * delivery is claimed by one node at a time ({@code FOR UPDATE SKIP LOCKED} and a lease). An attempt's outcome moves
 * the delivery on ({@link OutboundDelivery#after}). Inboxes of the web widget cost nothing here: their channel has no
 * sender, which is known without a query after the inbox's first reply.
 */
@Service
class ChannelDispatcher implements ChannelDeliveries, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelDispatcher.class);

    private final Map<ChannelType, ChannelSender> senders = new EnumMap<>(ChannelType.class);
    private final Map<InboxId, ChannelType> channels = new ConcurrentHashMap<>();
    private final OutboundDeliveries deliveries;
    private final InboxAdministration inboxes;
    private final ChannelContacts contacts;
    private final ConversationLoader loader;
    private final TransactionTemplate transactions;
    private final ChannelDeliveryProperties properties;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService timer;
    private volatile @Nullable ExecutorService sending;
    private volatile boolean running;

    ChannelDispatcher(List<ChannelSender> senders, OutboundDeliveries deliveries, InboxAdministration inboxes,
                      ChannelContacts contacts, ConversationLoader loader, TransactionTemplate transactions,
                      ChannelDeliveryProperties properties, Clock clock) {
        for (ChannelSender sender : senders) {
            if (this.senders.put(sender.channel(), sender) != null) {
                throw new IllegalStateException("two channel senders for " + sender.channel());
            }
        }
        this.deliveries = deliveries;
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.loader = loader;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** In the transaction that stores the message: records its delivery when its channel sends it. */
    @EventListener
    void on(MessagePosted event) {
        if (senders.isEmpty() || event.kind() != MessageKind.TEXT
                || (event.author().kind() != AuthorKind.AGENT && event.author().kind() != AuthorKind.BOT)) {
            return;
        }
        ChannelSender sender = senderFor(event.workspaceId(), event.inboxId());
        if (sender == null) {
            return;
        }
        deliveries.enqueue(OutboundDelivery.queued(event.messageId(), event.workspaceId(), event.conversationId(),
                        sender.channel(), event.at()),
                new OutgoingMessage(event.workspaceId(), event.inboxId(), event.conversationId(), event.visitorId(),
                        event.messageId(), event.sequence(), event.author(), event.body(), event.at()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private @Nullable ChannelSender senderFor(WorkspaceId workspace, InboxId inbox) {
        ChannelType channel = channels.computeIfAbsent(inbox, id -> inboxes.get(workspace, id).channel());
        ChannelSender sender = senders.get(channel);
        return sender != null && sender.delivers(workspace, inbox) ? sender : null;
    }

    @Override
    public List<DeliveryView> of(Actor.Agent agent, ConversationId conversation) {
        return transactions.execute(status -> {
            loader.visible(agent, conversation);
            return deliveries.ofConversation(agent.workspaceId(), conversation).stream()
                    .map(OutboundDelivery::view).toList();
        });
    }

    @Override
    public DeliveryView retry(Actor.Agent agent, ConversationId conversation, MessageId message) {
        DeliveryView retried = transactions.execute(status -> {
            loader.visible(agent, conversation);
            OutboundDelivery delivery = deliveries.find(agent.workspaceId(), conversation, message)
                    .orElseThrow(() -> DomainException.notFound("delivery.not-found",
                            "this message of the conversation has no delivery through a channel"));
            OutboundDelivery again = delivery.retried(clock.instant());
            deliveries.save(again);
            return again.view();
        });
        wake();
        return retried;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.deliver() || senders.isEmpty()) {
            return;
        }
        sending = Executors.newVirtualThreadPerTaskExecutor();
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("channel-dispatch")
                .daemon().factory());
        long every = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        timer = scheduler;
    }

    @Override
    public synchronized void stop() {
        running = false;
        var scheduler = timer;
        timer = null;
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
        var executor = sending;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for due deliveries now instead of at the next poll. */
    void wake() {
        var scheduler = timer;
        if (scheduler != null && wakeQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException e) {
                wakeQueued.set(false); // stopping
            }
        }
    }

    private void drain() {
        try {
            List<OutboundDeliveries.DueSend> due;
            do {
                Instant now = clock.instant();
                due = deliveries.claimDue(now, now.plus(properties.lease()), properties.batchSize());
                sendAll(due);
            } while (due.size() == properties.batchSize() && timer != null);
        } catch (RuntimeException e) {
            LOG.warn("Channel deliveries could not be read or recorded; trying again in {}: {}",
                    properties.pollInterval(), e.toString());
        }
    }

    private void sendAll(List<OutboundDeliveries.DueSend> due) {
        var executor = sending;
        if (due.isEmpty() || executor == null) {
            return;
        }
        List<Future<?>> attempts = new ArrayList<>();
        for (var send : due) {
            attempts.add(executor.submit(() -> attempt(send)));
        }
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.warn("A channel delivery failed to be recorded: {}", e.getCause().toString());
            }
        }
    }

    /** One attempt of one delivery, and its outcome recorded. */
    void attempt(OutboundDeliveries.DueSend due) {
        OutboundDelivery delivery = due.delivery();
        OutgoingMessage message = due.message();
        SendOutcome outcome;
        ChannelSender sender = senders.get(delivery.channel());
        Optional<String> recipient = contacts.externalIdOf(message.workspace(), message.inbox(), message.visitor());
        if (sender == null) {
            outcome = SendOutcome.Failed.permanentFailure("No adapter of channel " + delivery.channel()
                    + " runs on this installation.");
        } else if (recipient.isEmpty()) {
            outcome = SendOutcome.Failed.permanentFailure("The visitor has no user id on this channel.");
        } else {
            try {
                outcome = sender.send(message, recipient.get(), delivery.attempts() + 1);
            } catch (RuntimeException e) {
                outcome = SendOutcome.Failed.transientFailure(String.valueOf(e.getMessage()));
            }
        }
        OutboundDelivery next = delivery.after(outcome, clock.instant(), properties.schedule(), random);
        deliveries.save(next);
        if (next.state() == io.parley.conversation.DeliveryState.FAILED) {
            LOG.info("A reply of conversation {} could not be delivered through {}: {}", delivery.conversation(),
                    delivery.channel(), next.reason());
        }
    }
}
