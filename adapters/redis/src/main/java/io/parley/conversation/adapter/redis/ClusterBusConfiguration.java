package io.parley.conversation.adapter.redis;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.agent.AgentAccessNotifications;
import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.conversation.ConversationCatchUp;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationSignals;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.LocalConversationSignals;
import java.util.UUID;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The cluster bus, when {@code parley.cluster.redis-url} is set; otherwise nothing here exists and this node
 * notifies its own connections only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterBusConfiguration.RedisUrlSet.class)
class ClusterBusConfiguration {

    /** Start before the web server takes requests; stop after it has finished them. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(ClusterBusConfiguration.class);

    /** This start of this node: events it reads back with its own id are its own. */
    @Bean
    ClusterNode clusterNode(ClusterProperties properties) {
        var node = new ClusterNode(UUID.randomUUID().toString());
        log.info("Cluster bus on, through Redis stream '{}'; this node is {}", properties.streamKey(), node.id());
        return node;
    }

    @Bean(destroyMethod = "close")
    ClusterRedis clusterRedis(ClusterProperties properties, ClusterNode node) {
        return new ClusterRedis(properties, node.id());
    }

    /** The same connection for whatever else a node keeps in Redis (rate limits); closed with {@link ClusterRedis}. */
    @Bean(destroyMethod = "")
    RedissonClient clusterRedissonClient(ClusterRedis redis) {
        return redis.client();
    }

    @Bean
    StreamPublisher clusterStreamPublisher(ClusterRedis redis, ClusterNode node, ClusterProperties properties,
                                           MeterRegistry meters) {
        return new StreamPublisher(redis, new ClusterEventCodec(), node.id(), properties, meters);
    }

    @Bean(destroyMethod = "close")
    ClusterCatchUp clusterCatchUp(ConversationCatchUp catchUp, MeterRegistry meters) {
        return new ClusterCatchUp(catchUp, meters);
    }

    @Bean
    StreamReader clusterStreamReader(ClusterRedis redis, ClusterNode node, LocalConversationNotifications local,
                                     LocalConversationSignals localSignals, ClusterCatchUp catchUp,
                                     LocalAgentAccessNotifications localAccess, ClusterProperties properties,
                                     MeterRegistry meters) {
        return new StreamReader(redis, new ClusterEventCodec(), node.id(), local, localSignals, catchUp, localAccess,
                properties, meters);
    }

    @Bean
    @Primary
    ConversationNotifications clusterNotifications(LocalConversationNotifications local, StreamPublisher publisher) {
        return new ClusterNotifications(local, publisher);
    }

    @Bean
    @Primary
    ConversationSignals clusterSignals(LocalConversationSignals local, StreamPublisher publisher) {
        return new ClusterSignals(local, publisher);
    }

    @Bean
    @Primary
    AgentAccessNotifications clusterAgentAccess(LocalAgentAccessNotifications local, StreamPublisher publisher) {
        return new ClusterAgentAccess(local, publisher);
    }

    record ClusterNode(String id) {}

    static final class RedisUrlSet extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("parley.cluster.redis-url");
            return url == null || url.isBlank()
                    ? ConditionOutcome.noMatch("parley.cluster.redis-url is not set")
                    : ConditionOutcome.match("parley.cluster.redis-url is set");
        }
    }
}
