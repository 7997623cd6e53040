package io.parley.conversation.adapter.redis;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cluster bus. Without {@code redisUrl} none of it is active and no connection to Redis is attempted.
 *
 * @param redisUrl        {@code redis://[user:password@]host:port[/database]}, or {@code rediss://} for TLS
 * @param streamKey       the Redis Stream every node of the cluster writes to and reads from
 * @param streamMaxLength the stream is trimmed to about this many entries on each write (XADD MAXLEN ~)
 * @param sendQueue       events waiting to be written to Redis; beyond it new events are dropped and counted
 * @param redisTimeout    how long one Redis command or connection attempt may take
 * @param readBlock       how long one read waits for new entries before it asks again
 */
@ConfigurationProperties("parley.cluster")
record ClusterProperties(
        @Nullable String redisUrl,
        @DefaultValue("parley:cluster:events") String streamKey,
        @DefaultValue("100000") int streamMaxLength,
        @DefaultValue("10000") int sendQueue,
        @DefaultValue("2s") Duration redisTimeout,
        @DefaultValue("2s") Duration readBlock) {

    ClusterProperties {
        if (redisUrl != null && !redisUrl.isBlank()) {
            require(redisUrl.startsWith("redis://") || redisUrl.startsWith("rediss://"),
                    "redis-url must look like redis://host:6379 or rediss://host:6379");
            URI url = URI.create(redisUrl);
            require(url.getHost() != null, "redis-url needs a host, as in redis://host:6379");
            require(url.getPath() == null || url.getPath().matches("/?|/\\d{1,2}"),
                    "redis-url may end with a database number only, as in redis://host:6379/0");
        }
        require(!streamKey.isBlank(), "stream-key must not be blank");
        require(streamMaxLength >= 100, "stream-max-length must be at least 100");
        require(sendQueue >= 1, "send-queue must be at least 1");
        require(positive(redisTimeout), "redis-timeout must be positive");
        require(positive(readBlock), "read-block must be positive");
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
