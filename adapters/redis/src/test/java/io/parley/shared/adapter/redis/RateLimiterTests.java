package io.parley.shared.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.Admission;
import io.parley.shared.RateLimit;
import io.parley.shared.port.RateLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** The buckets behind every rate limit: in this process, and in Redis shared by two nodes' clients. */
class RateLimiterTests {

    private static final RateLimit THREE_PER_HOUR = RateLimit.of(3, Duration.ofHours(1));

    private final List<RedissonClient> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(RedissonClient::shutdown);
    }

    @Test
    void aLocalBucketGrantsItsCapacityThenRefusesWithTheTimeToWait() {
        grantsCapacityThenRefuses(new LocalRateLimiter(), new LocalRateLimiter());
    }

    @Test
    void probingTakesNothingAndForgettingRefillsAtOnce() {
        var limiter = new LocalRateLimiter();
        String key = "test:" + UUID.randomUUID();
        assertThat(limiter.probe(key, THREE_PER_HOUR).granted()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.probe(key, THREE_PER_HOUR).granted()).isTrue();
            assertThat(limiter.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        }
        Admission empty = limiter.probe(key, THREE_PER_HOUR);
        assertThat(empty.granted()).isFalse();
        assertThat(empty.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
        limiter.forget(key, THREE_PER_HOUR);
        assertThat(limiter.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
    }

    @Test
    void fullBucketsAreSweptAndUsedOnesKept() {
        var limiter = new LocalRateLimiter();
        limiter.tryTake("used", THREE_PER_HOUR);
        limiter.probe("never-taken", THREE_PER_HOUR);
        limiter.tryTake("quick", RateLimit.of(1, Duration.ofMillis(1)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            limiter.sweep();
            assertThat(limiter.size()).isEqualTo(1);
        });
    }

    @Test
    void aLimitInRedisHoldsForEveryNodeTogether() {
        String url = redisUrl();
        var nodeA = new RedisRateLimiter(client(url), "parley:test:rate:", new LocalRateLimiter());
        var nodeB = new RedisRateLimiter(client(url), "parley:test:rate:", new LocalRateLimiter());
        grantsCapacityThenRefuses(nodeA, nodeB);

        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        }
        assertThat(nodeB.probe(key, THREE_PER_HOUR).granted()).isFalse();
        nodeB.forget(key, THREE_PER_HOUR);
        assertThat(nodeA.probe(key, THREE_PER_HOUR).granted()).isTrue();
        assertThat(nodeA.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
    }

    @Test
    void withRedisUnreachableANodeCountsOnItsOwn() {
        var config = new Config().setLazyInitialization(true);
        config.useSingleServer().setAddress("redis://127.0.0.1:" + closedPort()).setConnectTimeout(300)
                .setTimeout(300).setRetryAttempts(0);
        RedissonClient unreachable = Redisson.create(config);
        clients.add(unreachable);
        var limiter = new RedisRateLimiter(unreachable, "parley:test:rate:", new LocalRateLimiter());
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        }
        assertThat(limiter.tryTake(key, THREE_PER_HOUR).granted()).isFalse();
    }

    /** Two limiters that share their buckets (two nodes on one Redis) or not (two separate processes). */
    private static void grantsCapacityThenRefuses(RateLimiter first, RateLimiter second) {
        String key = "test:" + UUID.randomUUID();
        boolean shared = !(first instanceof LocalRateLimiter);
        assertThat(first.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        assertThat(first.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        assertThat(second.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        if (!shared) {
            assertThat(first.tryTake(key, THREE_PER_HOUR).granted()).isTrue();
        }
        Admission refused = first.tryTake(key, THREE_PER_HOUR);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
        assertThat(refused.retryAfterSeconds()).isBetween(19 * 60L, 20 * 60L);
        assertThat(second.tryTake(key, THREE_PER_HOUR).granted()).isEqualTo(!shared);
        assertThat(first.tryTake(key, RateLimit.of(4, Duration.ofHours(1))).granted())
                .as("another limit is another bucket").isTrue();
    }

    private RedissonClient client(String url) {
        var config = new Config();
        config.useSingleServer().setAddress(url).setConnectionMinimumIdleSize(1).setConnectionPoolSize(2);
        RedissonClient client = Redisson.create(config);
        clients.add(client);
        return client;
    }

    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String redisUrl() {
        String host = System.getenv().getOrDefault("PARLEY_TEST_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PARLEY_TEST_REDIS_PORT", "6379"));
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            if (!new String(in.readNBytes(7), StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                throw new IOException("no PONG");
            }
        } catch (IOException e) {
            String message = "Redis is not reachable at " + host + ":" + port + ": " + e.getMessage();
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
        return "redis://" + host + ":" + port;
    }
}
