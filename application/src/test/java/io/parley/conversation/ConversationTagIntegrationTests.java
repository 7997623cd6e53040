package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tags on PostgreSQL through the REST API: added, listed by, refused when wrong or foreign. */
class ConversationTagIntegrationTests extends ParleyIntegrationTest {

    @Test
    void anAgentTagsAConversationAndListsConversationsByTag() {
        ParleyClient http = client();
        Tenant acme = newTenant();
        String id = conversation(http, acme);
        conversation(http, acme);

        var added = http.post("/api/v1/conversations/" + id + "/tags", acme.adminToken(), Map.of("tag", "Refund"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().path("items").valueStream().map(JsonNode::asString)).containsExactly("refund");

        var listed = http.get("/api/v1/conversations?tag=REFUND", acme.adminToken());
        assertThat(listed.body().path("items").valueStream().map(item -> item.path("id").asString()))
                .containsExactly(id);
    }

    @Test
    void refusesABadTagAndAnotherWorkspacesConversation() {
        ParleyClient http = client();
        Tenant acme = newTenant();
        Tenant globex = newTenant();
        String id = conversation(http, acme);

        var bad = http.post("/api/v1/conversations/" + id + "/tags", acme.adminToken(), Map.of("tag", "<b>x</b>"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("conversation.invalid-tag");
        var foreign = http.post("/api/v1/conversations/" + id + "/tags", globex.adminToken(), Map.of("tag", "spam"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("conversation.not-found");
        assertThat(http.get("/api/v1/conversations/" + id + "/tags", acme.adminToken()).body().path("items").size())
                .isZero();
    }

    private String conversation(ParleyClient http, Tenant tenant) {
        String token = http.visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        return http.post("/api/v1/visitor/conversations", token, Map.of()).body().path("id").asString();
    }
}
