package io.parley.gateway;

import static io.parley.gateway.Frames.messageIn;
import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cluster bus on, but Redis unreachable (a port nothing listens on): the node starts, posts are acknowledged
 * and delivered to this node's clients, and nothing waits for Redis.
 */
class ClusterWithoutRedisIntegrationTests extends ParleyIntegrationTest {

    @DynamicPropertySource
    static void unreachableRedis(DynamicPropertyRegistry registry) {
        registry.add("parley.cluster.redis-url", () -> "redis://127.0.0.1:" + closedPort());
        registry.add("parley.cluster.redis-timeout", () -> "1s");
    }

    @Test
    void postsAreAcknowledgedAndDeliveredOnThisNodeWhileRedisIsAway() {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        try (var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin());
             var agent = ParleySocket.open(Encoding.PROTO, port, null)) {
            visitor.authenticateVisitor(visitorToken);
            agent.authenticateAgent(tenant.adminToken());
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();

            for (int i = 1; i <= 20; i++) {
                long started = System.nanoTime();
                var ack = visitor.request(send(conversation, "v-" + i, "消息 " + i));
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(ack.getAck().getSequence()).isEqualTo(i);
                assertThat(millis).as("ack %d does not wait for Redis", i).isLessThan(900);
                assertThat(agent.await(messageIn(conversation, i), Duration.ofSeconds(30)).getMessage().getMessage()
                        .getBody()).isEqualTo("消息 " + i);
            }
            var resolved = client().post("/api/v1/conversations/" + conversation + "/resolve", tenant.adminToken(),
                    java.util.Map.of());
            assertThat(resolved.status()).isEqualTo(200);
        }
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
