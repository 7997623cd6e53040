package io.parley.benchmarks.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What a webhook receiver got, against the messages that were stored: each stored message must arrive as one
 * {@code message.created} delivery. Deliveries are at least once, so a {@code webhook-id} that arrives again is a
 * duplicate delivery (the receiver de-duplicates it); a message that arrives under two webhook ids is a duplicate
 * event (no receiver can tell it from two messages).
 *
 * @param expected stored messages
 * @param received expected messages that arrived at least once
 * @param missing expected messages that never arrived
 * @param duplicateDeliveries requests beyond the first of a webhook id
 * @param duplicateEvents expected messages that arrived under more than one webhook id
 * @param otherEvents webhook ids of other events (other messages, other event types)
 * @param delay microseconds from a message's {@code createdAt} to the first arrival of its delivery
 * @param firstAt the first arrival of an expected message, or null
 * @param lastAt the last first-arrival of an expected message, or null
 */
public record DeliveryTally(long expected, long received, long missing, long duplicateDeliveries,
                            long duplicateEvents, long otherEvents, Histogram delay, @Nullable Instant firstAt,
                            @Nullable Instant lastAt) {

    private static final long MAX_MICROS = 24L * 3_600_000_000L;

    public static DeliveryTally of(Set<String> expected, Collection<WebhookReceiver.Receipt> receipts) {
        Map<String, WebhookReceiver.Receipt> firstByWebhookId = new HashMap<>();
        long duplicateDeliveries = 0;
        for (var receipt : receipts) {
            var first = firstByWebhookId.putIfAbsent(receipt.webhookId(), receipt);
            if (first != null) {
                duplicateDeliveries++;
                if (receipt.receivedAt().isBefore(first.receivedAt())) {
                    firstByWebhookId.put(receipt.webhookId(), receipt);
                }
            }
        }
        Map<String, Integer> webhookIdsPerMessage = new HashMap<>();
        Set<String> others = new HashSet<>();
        var delay = new Histogram(MAX_MICROS, 3);
        Instant firstAt = null;
        Instant lastAt = null;
        var inOrder = firstByWebhookId.values().stream()
                .sorted(Comparator.comparing(WebhookReceiver.Receipt::receivedAt)).toList();
        for (var receipt : inOrder) { // a message's first arrival is the one whose delay counts
            if (receipt.messageId() == null || !expected.contains(receipt.messageId())) {
                others.add(receipt.webhookId());
                continue;
            }
            if (webhookIdsPerMessage.merge(receipt.messageId(), 1, Integer::sum) > 1) {
                continue;
            }
            if (receipt.createdAt() != null) {
                long micros = Duration.between(receipt.createdAt(), receipt.receivedAt()).toNanos() / 1000;
                delay.recordValue(Math.clamp(micros, 0, MAX_MICROS));
            }
            firstAt = firstAt == null || receipt.receivedAt().isBefore(firstAt) ? receipt.receivedAt() : firstAt;
            lastAt = lastAt == null || receipt.receivedAt().isAfter(lastAt) ? receipt.receivedAt() : lastAt;
        }
        long received = webhookIdsPerMessage.size();
        long duplicateEvents = webhookIdsPerMessage.values().stream().filter(n -> n > 1).count();
        return new DeliveryTally(expected.size(), received, expected.size() - received, duplicateDeliveries,
                duplicateEvents, others.size(), delay, firstAt, lastAt);
    }

    public boolean complete() {
        return missing == 0;
    }
}
