package io.parley.shared.adapter.redis;

import io.parley.shared.port.RateLimiter;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link RateLimiter} per node: in Redis when the cluster bus has a Redis connection
 * ({@code parley.cluster.redis-url}), so that a limit holds for the whole cluster; otherwise in this process.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimiterConfiguration.class);
    static final String PREFIX = "parley:rate:";

    @Bean
    RateLimiter rateLimiter(ObjectProvider<RedissonClient> redis) {
        var local = new LocalRateLimiter();
        RedissonClient client = redis.getIfAvailable();
        if (client == null) {
            return local;
        }
        log.info("Rate limits are shared by the cluster, in Redis under '{}'", PREFIX);
        return new RedisRateLimiter(client, PREFIX, local);
    }
}
