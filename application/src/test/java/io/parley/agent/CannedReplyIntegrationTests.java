package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Canned replies on PostgreSQL through the REST API: scopes, roles, validation, and workspaces kept apart. */
class CannedReplyIntegrationTests extends ParleyIntegrationTest {

    private static final String PATH = "/api/v1/canned-replies";

    private ParleyClient http;

    @BeforeEach
    void connect() {
        http = client();
    }

    @Test
    void anAdminWritesASharedReplyThatEveryAgentSeesButOnlyAdminsAndSupervisorsChange() {
        Tenant acme = newTenant();
        String agent = newAgent(acme, Role.AGENT);
        String supervisor = newAgent(acme, Role.SUPERVISOR);

        Response created = http.post(PATH, acme.adminToken(),
                Map.of("scope", "SHARED", "shortcut", "/Refund", "text", "Refunds take 3 working days."));
        String id = created.body().path("id").asString();
        Response seenByAgent = http.get(PATH, agent);
        Response revisedBySupervisor = http.patch(PATH + "/" + id, supervisor, Map.of("text", "Refunds take 2 days."));
        Response revisedByAgent = http.patch(PATH + "/" + id, agent, Map.of("text", "Refunds never happen."));
        Response writtenByAgent = http.post(PATH, agent,
                Map.of("scope", "shared", "shortcut", "ship", "text", "We ship worldwide."));
        Response deletedByAgent = http.delete(PATH + "/" + id, agent);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("shortcut").asString()).isEqualTo("refund");
        assertThat(created.body().path("scope").asString()).isEqualTo("SHARED");
        assertThat(created.body().has("ownerId")).isFalse();
        assertThat(created.body().path("editable").asBoolean()).isTrue();
        assertThat(seenByAgent.body().path("items")).hasSize(1);
        assertThat(seenByAgent.body().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(seenByAgent.body().path("items").get(0).path("editable").asBoolean()).isFalse();
        assertThat(revisedBySupervisor.status()).isEqualTo(200);
        assertThat(revisedBySupervisor.body().path("text").asString()).isEqualTo("Refunds take 2 days.");
        assertThat(revisedBySupervisor.body().path("shortcut").asString()).isEqualTo("refund");
        assertThat(List.of(revisedByAgent, writtenByAgent, deletedByAgent)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("canned.forbidden");
            assertThat(refused.contentType()).startsWith("application/problem+json");
        });
        assertThat(texts(http.get(PATH, agent))).containsExactly("Refunds take 2 days.");

        assertThat(http.delete(PATH + "/" + id, acme.adminToken()).status()).isEqualTo(204);
        Response gone = http.get(PATH + "/" + id, acme.adminToken());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("canned.not-found");
    }

    @Test
    void aPersonalReplyIsSeenAndChangedByItsOwnerAlone() {
        Tenant acme = newTenant();
        String mei = newAgent(acme, Role.AGENT);
        String li = newAgent(acme, Role.AGENT);

        Response created = http.post(PATH, mei, Map.of("shortcut", "hi", "text", "Hi, Mei here."));
        String id = created.body().path("id").asString();
        Response sameShortcutOfAnother = http.post(PATH, li, Map.of("shortcut", "hi", "text", "Hi, Li here."));
        List<Response> othersTries = List.of(http.get(PATH + "/" + id, li), http.get(PATH + "/" + id, acme.adminToken()),
                http.patch(PATH + "/" + id, li, Map.of("text", "hijacked")), http.delete(PATH + "/" + id, li),
                http.delete(PATH + "/" + id, acme.adminToken()));
        Response revised = http.patch(PATH + "/" + id, mei, Map.of("shortcut", "hello", "text", "Hello, Mei here."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("scope").asString()).isEqualTo("PERSONAL");
        assertThat(created.body().path("ownerId").asString()).isNotEmpty();
        assertThat(sameShortcutOfAnother.status()).isEqualTo(201);
        assertThat(othersTries).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("canned.not-found");
        });
        assertThat(revised.status()).isEqualTo(200);
        assertThat(texts(http.get(PATH, mei))).containsExactly("Hello, Mei here.");
        assertThat(texts(http.get(PATH, li))).containsExactly("Hi, Li here.");
        assertThat(texts(http.get(PATH, acme.adminToken()))).isEmpty();
        assertThat(http.delete(PATH + "/" + id, mei).status()).isEqualTo(204);
        assertThat(texts(http.get(PATH, mei))).isEmpty();
    }

    @Test
    void refusesBadRepliesWithTheirCodesAndChangesNothing() {
        Tenant acme = newTenant();
        String admin = acme.adminToken();
        String id = http.post(PATH, admin, Map.of("scope", "SHARED", "shortcut", "bye", "text", "Goodbye!"))
                .body().path("id").asString();
        http.post(PATH, admin, Map.of("scope", "SHARED", "shortcut", "thanks", "text", "Thank you!"));

        Map<String, Response> refusals = new LinkedHashMap<>();
        refusals.put("canned.invalid-shortcut", http.post(PATH, admin, Map.of("shortcut", "two words", "text", "x")));
        refusals.put("canned.invalid-shortcut#long", http.post(PATH, admin, Map.of("shortcut", "s".repeat(33), "text", "x")));
        refusals.put("canned.invalid-shortcut#empty", http.post(PATH, admin, Map.of("text", "no shortcut")));
        refusals.put("canned.invalid-shortcut#markup", http.post(PATH, admin, Map.of("shortcut", "<b>", "text", "x")));
        refusals.put("canned.invalid-text", http.post(PATH, admin, Map.of("shortcut", "blank", "text", "   ")));
        refusals.put("canned.invalid-text#long", http.post(PATH, admin, Map.of("shortcut", "long", "text", "x".repeat(4001))));
        refusals.put("canned.invalid-text#control", http.post(PATH, admin, Map.of("shortcut", "bell", "text", "ding\u0007")));
        refusals.put("canned.invalid-scope", http.post(PATH, admin, Map.of("scope", "TEAM", "shortcut", "t", "text", "x")));
        refusals.put("canned.shortcut-taken", http.post(PATH, admin, Map.of("scope", "SHARED", "shortcut", "BYE", "text", "Bye!")));
        refusals.put("canned.shortcut-taken#patch", http.patch(PATH + "/" + id, admin, Map.of("shortcut", "thanks")));
        refusals.put("canned.invalid-text#patch", http.patch(PATH + "/" + id, admin, Map.of("shortcut", "ciao", "text", "")));
        refusals.put("request.invalid-id", http.get(PATH + "/not-an-id", admin));
        Response personalTwin = http.post(PATH, admin, Map.of("shortcut", "bye", "text", "See you!"));

        refusals.forEach((expected, response) -> {
            String code = expected.replaceAll("#.*", "");
            assertThat(response.code()).as(expected + ": " + response.body()).isEqualTo(code);
            assertThat(response.status()).as(expected).isEqualTo(code.equals("canned.shortcut-taken") ? 409 : 400);
        });
        assertThat(personalTwin.status()).as("a personal reply may reuse a shared shortcut").isEqualTo(201);
        assertThat(http.get(PATH, admin).body().path("items").valueStream()
                .map(item -> item.path("scope").asString() + " /" + item.path("shortcut").asString() + " "
                        + item.path("text").asString()))
                .containsExactly("SHARED /bye Goodbye!", "SHARED /thanks Thank you!", "PERSONAL /bye See you!");
        assertThat(http.get(PATH, null).status()).isEqualTo(401);
    }

    @Test
    void anotherWorkspacesRepliesAreNotFound() {
        Tenant acme = newTenant();
        Tenant globex = newTenant();
        String id = http.post(PATH, acme.adminToken(), Map.of("scope", "SHARED", "shortcut", "secret",
                "text", "Our discount code is ACME50.")).body().path("id").asString();

        List<Response> tries = List.of(http.get(PATH + "/" + id, globex.adminToken()),
                http.patch(PATH + "/" + id, globex.adminToken(), Map.of("text", "changed")),
                http.delete(PATH + "/" + id, globex.adminToken()));

        assertThat(tries).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("canned.not-found");
        });
        assertThat(texts(http.get(PATH, globex.adminToken()))).isEmpty();
        assertThat(texts(http.get(PATH, acme.adminToken()))).containsExactly("Our discount code is ACME50.");
    }

    @Test
    void aScriptPayloadIsStoredAndReturnedAsText() {
        Tenant acme = newTenant();
        String payload = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & \"quotes\"\nsecond line";

        Response created = http.post(PATH, acme.adminToken(), Map.of("scope", "SHARED", "shortcut", "xss",
                "text", payload));
        Response read = http.get(PATH + "/" + created.body().path("id").asString(), acme.adminToken());

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.body().path("text").asString()).isEqualTo(payload);
    }

    private static List<String> texts(Response list) {
        assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
        return list.body().path("items").valueStream().map(item -> item.path("text").asString()).toList();
    }
}
