package io.parley.conversation.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterPropertiesTests {

    static ClusterProperties withUrl(String url) {
        return new ClusterProperties(url, "parley:cluster:events", 100000, 10000, Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }

    @Test
    void acceptsNoUrlAndRedisUrlsWithCredentialsAndDatabase() {
        assertThat(withUrl(null).redisUrl()).isNull();
        assertThat(withUrl("").redisUrl()).isEmpty();
        var config = ClusterRedis.config(withUrl("rediss://parley:s%40cret@redis.internal:6380/3"), "n1");

        assertThat(config.useSingleServer().getAddress()).isEqualTo("rediss://redis.internal:6380");
        assertThat(config.useSingleServer().getDatabase()).isEqualTo(3);
        assertThat(config.getUsername()).isEqualTo("parley");
        assertThat(config.getPassword()).isEqualTo("s@cret");
        assertThat(config.isLazyInitialization()).as("a node starts without Redis").isTrue();
        assertThat(ClusterRedis.config(withUrl("redis://localhost"), "n1").useSingleServer().getAddress())
                .isEqualTo("redis://localhost:6379");
    }

    @Test
    void rejectsUrlsThatAreNotRedisOnes() {
        assertThatThrownBy(() -> withUrl("http://localhost:6379")).hasMessageContaining("redis://host:6379");
        assertThatThrownBy(() -> withUrl("redis://localhost:6379/cache")).hasMessageContaining("database number");
        assertThatThrownBy(() -> new ClusterProperties(null, " ", 100000, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).hasMessageContaining("stream-key");
        assertThatThrownBy(() -> new ClusterProperties(null, "k", 10, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).hasMessageContaining("stream-max-length");
    }
}
