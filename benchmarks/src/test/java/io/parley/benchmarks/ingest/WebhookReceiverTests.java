package io.parley.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookReceiverTests {

    private static final String EVENT = """
            {"type":"message.created","timestamp":"2026-12-08T00:00:00.000100Z","data":{"workspaceId":"w",\
            "conversationId":"c","messageId":"%s","sequence":1,"author":{"kind":"VISITOR"},"kind":"TEXT",\
            "body":"hi","createdAt":"2026-12-08T00:00:00.000100Z"}}""";

    @Test
    void answersDeliveriesAt200AndRemembersEachWithItsWebhookId() throws Exception {
        try (var receiver = WebhookReceiver.start("127.0.0.1", 0); var http = HttpClient.newHttpClient()) {
            int first = post(http, receiver, "msg_a", EVENT.formatted("m1"));
            int again = post(http, receiver, "msg_a", EVENT.formatted("m1"));
            int other = post(http, receiver, "msg_b", "{\"type\":\"conversation.created\",\"data\":{}}");
            int noId = http.send(HttpRequest.newBuilder(receiver.url()).POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();

            assertThat(first).isEqualTo(200);
            assertThat(again).isEqualTo(200);
            assertThat(other).isEqualTo(200);
            assertThat(noId).as("a request without webhook-id is no delivery").isEqualTo(400);
            assertThat(receiver.malformed()).isEqualTo(1);
            assertThat(receiver.arrivedOf(Set.of("m1", "m2"))).isEqualTo(1);
            assertThat(receiver.receipts()).hasSize(3);
            var tally = DeliveryTally.of(Set.of("m1"), receiver.receipts());
            assertThat(tally.received()).isEqualTo(1);
            assertThat(tally.duplicateDeliveries()).isEqualTo(1);
            assertThat(tally.otherEvents()).isEqualTo(1);
            assertThat(receiver.receipts().getFirst().createdAt()).hasToString("2026-12-08T00:00:00.000100Z");
        }
    }

    private static int post(HttpClient http, WebhookReceiver receiver, String webhookId, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(receiver.url()).header("webhook-id", webhookId)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
