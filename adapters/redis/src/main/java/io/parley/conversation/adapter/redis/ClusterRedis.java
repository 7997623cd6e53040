package io.parley.conversation.adapter.redis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.redisson.Redisson;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.redisson.config.ConstantDelay;
import org.redisson.config.SingleServerConfig;

/**
 * The Redis connection of the cluster bus. Connects lazily, on the first command, so that a node starts whether
 * Redis is up or not; Redisson reconnects by itself once it is back.
 */
final class ClusterRedis implements AutoCloseable {

    private final RedissonClient client;
    private final String streamKey;

    ClusterRedis(ClusterProperties properties, String nodeId) {
        this.client = Redisson.create(config(properties, nodeId));
        this.streamKey = properties.streamKey();
    }

    RStream<String, String> stream() {
        return client.getStream(streamKey, StringCodec.INSTANCE);
    }

    RedissonClient client() {
        return client;
    }

    String streamKey() {
        return streamKey;
    }

    @Override
    public void close() {
        client.shutdown(0, 2, TimeUnit.SECONDS);
    }

    static Config config(ClusterProperties properties, String nodeId) {
        URI url = URI.create(properties.redisUrl());
        int timeout = Math.toIntExact(properties.redisTimeout().toMillis());
        Config config = new Config().setLazyInitialization(true).setCodec(StringCodec.INSTANCE)
                .setThreads(2).setNettyThreads(4);
        SingleServerConfig server = config.useSingleServer()
                .setAddress(url.getScheme() + "://" + url.getHost() + ":" + (url.getPort() < 0 ? 6379 : url.getPort()))
                .setClientName("parley-" + nodeId)
                .setConnectionMinimumIdleSize(1).setConnectionPoolSize(4)
                .setSubscriptionConnectionMinimumIdleSize(0).setSubscriptionConnectionPoolSize(1)
                .setConnectTimeout(timeout).setTimeout(timeout)
                .setRetryAttempts(1).setRetryDelay(new ConstantDelay(Duration.ofMillis(200)))
                .setReconnectionDelay(new ConstantDelay(Duration.ofSeconds(1)));
        String path = url.getPath();
        if (path != null && path.length() > 1) {
            server.setDatabase(Integer.parseInt(path.substring(1)));
        }
        String userInfo = url.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? "" : decode(userInfo.substring(0, colon));
            String password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
            if (!user.isEmpty()) {
                config.setUsername(user);
            }
            config.setPassword(password);
        }
        return config;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
