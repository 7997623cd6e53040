package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.Tenant;
import io.parley.testing.ThrottledIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The REST API's rate limits at their shipped defaults, over real HTTP, per client address, visitor and agent. */
class RateLimitIntegrationTests extends ThrottledIntegrationTest {

    private static final String SESSIONS = "/api/v1/widget/sessions";

    @Test
    void widgetSessionsArePerClientAddressAndEverySpellingOfThePathCounts() {
        Tenant tenant = newTenant();
        ParleyClient client = clientFrom(newAddress());
        for (int i = 0; i < 60; i++) {
            String path = switch (i % 4) {
                case 0 -> SESSIONS;
                case 1 -> "/API/v1/Widget/Sessions";
                case 2 -> "/api/v1/widget/sessions/";
                default -> "/api/v1/widget/%73essions";
            };
            Response response = client.postWithOrigin(path, tenant.origin(), Map.of("widgetKey", tenant.widgetKey()));
            assertThat(response.status()).as("request %d to %s", i, path).isNotEqualTo(429);
        }
        Response refused = client.postWithOrigin(SESSIONS, tenant.origin(), Map.of("widgetKey", tenant.widgetKey()));
        assertRateLimited(refused, "widget-sessions");
        assertThat(refused.retryAfter()).isBetween(1L, 24 * 3600L / 60 + 1);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertRateLimited(client.postWithOrigin("/Api/V1/Widget/Sessions/", tenant.origin(),
                Map.of("widgetKey", tenant.widgetKey())), "widget-sessions");

        Response other = clientFrom(newAddress()).postWithOrigin(SESSIONS, tenant.origin(),
                Map.of("widgetKey", tenant.widgetKey()));
        assertThat(other.status()).as("another client").isEqualTo(201);
    }

    @Test
    void aVisitorOpensAFewConversationsNotSixtyOne() {
        Tenant tenant = newTenant();
        ParleyClient client = clientFrom(newAddress());
        String visitor = client.visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(client.post("/api/v1/visitor/conversations", visitor, Map.of()).status()).isEqualTo(201);
        }
        assertRateLimited(client.post("/api/v1/visitor/conversations", visitor, Map.of()), "conversations");
        assertRateLimited(clientFrom(newAddress()).post("/api/v1/visitor/conversations/", visitor, Map.of()),
                "conversations");
        Response list = client.get("/api/v1/visitor/conversations", visitor);
        assertThat(list.body().path("items").size()).isEqualTo(10);
    }

    @Test
    void aVisitorsRestSendsAreLimitedAndNothingRefusedIsStored() {
        Tenant tenant = newTenant();
        ParleyClient client = clientFrom(newAddress());
        String visitor = client.visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String conversation = client.post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id")
                .asString();
        String messages = "/api/v1/visitor/conversations/" + conversation + "/messages";
        int stored = 0;
        List<Response> refusals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Response sent = client.post(i % 2 == 0 ? messages : messages.toUpperCase().replace(conversation.toUpperCase(),
                    conversation) + "/", visitor, Map.of("clientMessageId", UUID.randomUUID().toString(), "body", "hi " + i));
            if (sent.status() == 429) {
                refusals.add(sent);
            } else if (sent.status() == 201) {
                stored++;
            }
        }
        assertThat(stored).isEqualTo(15); // the other spelling is no route: it counts, then gets 404
        assertThat(refusals).hasSize(10);
        refusals.forEach(refused -> assertRateLimited(refused, "messages"));
        assertThat(refusals).allSatisfy(refused -> assertThat(refused.headers().firstValue("Connection"))
                .as("a refusal that left the body unread closes its connection, and says so").contains("close"));
        JsonNode history = client.get(messages + "?limit=100", visitor).body().path("items");
        long fromVisitor = 0;
        for (JsonNode message : history) {
            if (message.path("body").asString().startsWith("hi ")) {
                fromVisitor++;
            }
        }
        assertThat(fromVisitor).isEqualTo(15);
    }

    @Test
    void anAgentsRestSendsAreLimitedPerAgent() {
        Tenant tenant = newTenant();
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String conversation = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id")
                .asString();
        client().post("/api/v1/conversations/" + conversation + "/claim", tenant.adminToken(), Map.of());
        ParleyClient agent = clientFrom(newAddress());
        int refused = 0;
        for (int i = 0; i < 31; i++) {
            Response sent = agent.post("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken(),
                    Map.of("clientMessageId", UUID.randomUUID().toString(), "body", "reply " + i));
            if (sent.status() == 429) {
                assertRateLimited(sent, "messages");
                refused++;
            } else {
                assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
            }
        }
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void everyRouteOfTheApiDocumentIsLimitedForAnonymousCallers() {
        List<String[]> operations = operations();
        assertThat(operations.size()).isGreaterThan(40);
        ParleyClient prober = clientFrom(newAddress());
        int answered = 0;
        for (int round = 0; round < 4; round++) {
            for (String[] operation : operations) {
                if (call(prober, operation, null).status() != 429) {
                    answered++;
                }
            }
        }
        // anonymous: 300 requests; fewer when the 401s of the agents' routes use up 'unauthenticated' (60) first
        assertThat(answered).isBetween(60, 300);
        for (String[] operation : operations) {
            Response refused = call(prober, operation, null);
            assertThat(refused.status()).as(String.join(" ", operation)).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("request.rate-limited");
        }
        assertThat(call(prober, new String[] {"GET", "/V3/API-DOCS/"}, null).status()).isEqualTo(429);
    }

    @Test
    void aClientWhoseRequestsKeepFailingAuthenticationIsRefusedAltogether() {
        ParleyClient guesser = clientFrom(newAddress());
        for (int i = 0; i < 60; i++) {
            Response guess = guesser.get("/api/v1/conversations", "pt_guess" + i);
            assertThat(guess.status()).isEqualTo(401);
        }
        Response refused = guesser.get("/api/v1/conversations", "pt_guess-again");
        assertRateLimited(refused, "unauthenticated");
        assertRateLimited(guesser.get("/api/v1/widget/settings?key=wk_000000000000000000000000", null),
                "unauthenticated");

        Tenant tenant = newTenant();
        assertThat(clientFrom(newAddress()).get("/api/v1/conversations", tenant.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void aWidgetSessionWithoutAnOriginIsRefusedWhenTheWorkspaceNamesItsOrigins() {
        Tenant tenant = newTenant();
        Response refused = clientFrom(newAddress()).post(SESSIONS, null, Map.of("widgetKey", tenant.widgetKey()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("visitor.origin-required");
        assertThat(clientFrom(newAddress()).postWithOrigin(SESSIONS, tenant.origin(),
                Map.of("widgetKey", tenant.widgetKey())).status()).isEqualTo(201);
    }

    private static void assertRateLimited(Response response, String limit) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("request.rate-limited");
        assertThat(response.body().path("limit").asString()).isEqualTo(limit);
        assertThat(response.retryAfter()).isPositive();
        assertThat(response.body().path("retryAfterSeconds").asLong()).isEqualTo(response.retryAfter());
    }

    /** Every operation of /v3/api-docs as {method, path}, path variables filled with a random id. */
    private List<String[]> operations() {
        JsonNode paths = apiDocument().path("paths");
        List<String[]> operations = new ArrayList<>();
        for (var path : paths.properties()) {
            String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (var method : path.getValue().properties()) {
                operations.add(new String[] {method.getKey().toUpperCase(), concrete});
            }
        }
        return operations;
    }

    /** Its first rendering can take long on a busy machine: longer than the client's usual timeout. */
    private JsonNode apiDocument() {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                    .timeout(java.time.Duration.ofMinutes(3)).header("X-Forwarded-For", newAddress()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Response call(ParleyClient client, String[] operation, String token) {
        return switch (operation[0]) {
            case "GET" -> client.get(operation[1], token);
            case "POST" -> client.post(operation[1], token, Map.of());
            case "PUT" -> client.put(operation[1], token, Map.of());
            case "PATCH" -> client.patch(operation[1], token, Map.of());
            case "DELETE" -> client.delete(operation[1], token);
            default -> throw new IllegalArgumentException(operation[0]);
        };
    }
}
