package io.parley.conversation.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How posted messages are committed ({@code parley.messaging}). Posts queue for a few writers; each writer commits
 * what has queued while its previous transaction ran as one transaction (group commit), so that PostgreSQL's cost per
 * message falls as the load rises, while a lone post is committed at once.
 *
 * @param writers       writer threads, each holding one database connection; a conversation always goes to the
 *                      same writer, which keeps its messages in order
 * @param maxBatch      the most posts one transaction commits
 * @param queueCapacity posts each writer holds waiting; beyond that a post is refused with
 *                      {@code message.server-busy} (HTTP 429) instead of waiting without bound
 * @param storeDeadline how long a poster waits for the commit of its message; then it is answered with
 *                      {@code store.unavailable} (HTTP 503), and a post still waiting in the queue is dropped
 */
@ConfigurationProperties("parley.messaging")
public record MessagingProperties(@DefaultValue("2") int writers, @DefaultValue("256") int maxBatch,
                                  @DefaultValue("10000") int queueCapacity,
                                  @DefaultValue("5s") Duration storeDeadline) {

    public MessagingProperties {
        if (writers < 1 || writers > 64) {
            throw new IllegalArgumentException("parley.messaging.writers must be between 1 and 64");
        }
        if (maxBatch < 1 || maxBatch > 10_000) {
            throw new IllegalArgumentException("parley.messaging.max-batch must be between 1 and 10000");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("parley.messaging.queue-capacity must be positive");
        }
        if (storeDeadline.toMillis() < 100) {
            throw new IllegalArgumentException("parley.messaging.store-deadline must be at least 100 ms, was "
                    + storeDeadline.toMillis() + " ms");
        }
    }
}
