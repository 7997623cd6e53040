package io.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleyNode;
import io.parley.testing.Tenant;
import io.parley.webhook.Receiver.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A delivery recorded in the outbox survives the node that was sending it: killed in the middle of the attempt, its
 * delivery is sent by the next node once the dead node's claim has lapsed, with the same webhook-id. This test's own
 * context sends no deliveries (parley.webhooks.deliver=false, the tests' default); the nodes are processes of their own.
 */
class WebhookOutboxCrashIntegrationTests extends ParleyIntegrationTest {

    private static final Map<String, String> DELIVERING = Map.of("parley.outbound.allowed-hosts", "127.0.0.1",
            "parley.webhooks.deliver", "true", "parley.webhooks.timeout", "5s",
            "parley.webhooks.poll-interval", "200ms", "parley.webhooks.retry-schedule", "0s,1s,1s");

    @Test
    void aDeliveryUnderWayWhenItsNodeIsKilledIsSentByTheNextNodeWithTheSameId() throws Exception {
        Tenant tenant = newTenant();
        try (var receiver = new Receiver()) {
            String url = receiver.url("/crash", Answer.of(0), Answer.of(200));
            String endpoint;
            try (var first = ParleyNode.start("webhook-crash-first", DELIVERING)) {
                ParleyClient node = first.client();
                var created = node.post("/api/v1/webhooks/endpoints", tenant.adminToken(),
                        Map.of("url", url, "events", List.of("message.created")));
                assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
                endpoint = created.body().path("endpoint").path("id").asString();

                String visitor = node.visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                        .asString();
                String conversation = node.post("/api/v1/visitor/conversations", visitor, Map.of()).body()
                        .path("id").asString();
                assertThat(node.post("/api/v1/visitor/conversations/" + conversation + "/messages", visitor,
                        Map.of("clientMessageId", UUID.randomUUID().toString(), "body", "survive")).status())
                        .isLessThan(300);

                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/crash").size() == 1);
                first.kill(); // in the middle of the attempt: the receiver has not answered
            }
            var pending = deliveries(tenant, endpoint);
            assertThat(pending).hasSize(1);
            assertThat(pending.getFirst().path("status").asString()).isEqualTo("PENDING");
            assertThat(pending.getFirst().path("attempts").asInt()).as("the attempt never ended").isZero();

            try (var next = ParleyNode.start("webhook-crash-next", DELIVERING)) {
                await().atMost(Duration.ofSeconds(90)).until(() -> receiver.at("/crash").size() == 2);
                var requests = receiver.at("/crash");
                assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"));
                assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
                await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(tenant, endpoint).getFirst()
                        .path("status").asString().equals("DELIVERED"));
            }
        }
    }

    private List<tools.jackson.databind.JsonNode> deliveries(Tenant tenant, String endpoint) {
        var response = client().get("/api/v1/webhooks/endpoints/" + endpoint + "/deliveries", tenant.adminToken());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        var items = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        response.body().path("items").forEach(items::add);
        return items;
    }
}
