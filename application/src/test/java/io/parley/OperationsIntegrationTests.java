package io.parley;

import static io.parley.gateway.protocol.MessageKind.MESSAGE_KIND_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.StartConversation;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class OperationsIntegrationTests extends ParleyIntegrationTest {

    @Test
    void prometheusExposesGatewayAndMessageMetrics() throws Exception {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var socket = ParleySocket.open(ParleySocket.Encoding.JSON, port, tenant.origin())) {
            socket.authenticateVisitor(token);
            String conversation = socket.request(ClientFrame.newBuilder()
                    .setStartConversation(StartConversation.getDefaultInstance())).getConversationStarted()
                    .getConversation().getId();
            socket.request(ClientFrame.newBuilder().setSend(SendMessage.newBuilder().setConversationId(conversation)
                    .setClientMessageId("m").setBody("metrics please").setKind(MESSAGE_KIND_TEXT)));
            String metrics = fetch(managementPort, "/actuator/prometheus");
            assertThat(metrics).contains("parley_gateway_connections").contains("role=\"visitor\"")
                    .contains("parley_messages_stored_total").contains("parley_messages_store_seconds")
                    .contains("parley_gateway_frames_total");
            assertThat(metrics).as("message bodies never leave through metrics").doesNotContain("metrics please");
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesInConversationsWithHumansLeaveNothingInTheEventRegistry() {
        Tenant tenant = newTenant();
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();
        client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "m-1", "body", "hello"));
        client().post("/api/v1/conversations/" + id + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-1", "body", "hi"));

        long rows = jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id"
                        + " AND event_type NOT LIKE '%ConversationOpened'")
                .param("id", "%" + id + "%").query(Long.class).single();
        assertThat(rows).as("the hot message path writes no event publication when no module must react").isZero();
    }

    @Test
    void openApiDocumentDescribesTheRestApi() throws Exception {
        String document = fetch(port, "/v3/api-docs");
        assertThat(document).contains("/api/v1/auth/login").contains("/api/v1/conversations/{id}/messages")
                .contains("/api/v1/widget/sessions");
    }

    @LocalManagementPort
    int managementPort;

    private static String fetch(int port, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
