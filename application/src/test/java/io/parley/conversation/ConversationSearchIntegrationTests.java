package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/conversations?q=... on PostgreSQL: by name, e-mail and message text, inside the agent's workspace. */
class ConversationSearchIntegrationTests extends ParleyIntegrationTest {

    @Test
    void findsByNameEmailAndMessageOnlyInTheAgentsWorkspace() {
        ParleyClient http = client();
        Tenant acme = newTenant();
        Tenant globex = newTenant();
        String acmeConversation = conversation(http, acme, "Lin Wei", "lin@acme.example", "Refund for order 7731");
        conversation(http, globex, "Lin Wei", "lin@globex.example", "Refund for order 7731");

        assertThat(ids(http, acme, "lin wei")).containsExactly(acmeConversation);
        assertThat(ids(http, acme, "LIN@ACME")).containsExactly(acmeConversation);
        assertThat(ids(http, acme, "order 7731")).containsExactly(acmeConversation);
        assertThat(ids(http, acme, "globex")).isEmpty();
        assertThat(ids(http, acme, "100%_")).isEmpty();
    }

    @Test
    void refusesASearchTextThatIsTooLong() {
        Tenant acme = newTenant();
        var reply = client().get("/api/v1/conversations?q=" + "x".repeat(201), acme.adminToken());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("conversation.invalid-search");
    }

    private String conversation(ParleyClient http, Tenant tenant, String name, String email, String text) {
        var session = http.postWithOrigin("/api/v1/widget/sessions", tenant.origin(),
                Map.of("widgetKey", tenant.widgetKey(), "name", name, "email", email));
        String token = session.body().path("visitorToken").asString();
        String id = http.post("/api/v1/visitor/conversations", token, Map.of()).body().path("id").asString();
        http.post("/api/v1/visitor/conversations/" + id + "/messages", token, Map.of("clientMessageId", "c-1", "body", text));
        return id;
    }

    private static java.util.List<String> ids(ParleyClient http, Tenant tenant, String q) {
        var reply = http.get("/api/v1/conversations?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                tenant.adminToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
}
