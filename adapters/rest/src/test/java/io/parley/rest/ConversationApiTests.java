package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.ConversationStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ConversationApiTests extends ApiTestSupport {

    @Autowired
    Fakes.Visitors visitors;

    @Autowired
    FakeConversations conversations;

    @Test
    void startsAVisitorSessionAndPassesTheOriginOn() {
        var reply = api.send("POST", "/api/v1/widget/sessions", null, Api.json("widgetKey", WIDGET_KEY, "name", "Vera"),
                Map.of("Origin", "https://shop.example"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("visitorToken").asString()).isEqualTo(VISITOR_TOKEN);
        assertThat(body.get("visitorId").asString()).isEqualTo(VISITOR.toString());
        assertThat(body.get("workspaceId").asString()).isEqualTo(WORKSPACE.toString());
        assertThat(body.get("inboxId").asString()).isEqualTo(INBOX.toString());
        assertThat(body.get("expiresAt").asString()).isEqualTo("2025-07-01T10:00:00Z");
        assertThat(body.get("returning").asBoolean()).isFalse();
        assertThat(visitors.started.get("https://shop.example").name()).isEqualTo("Vera");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void resumesAVisitorWhoKeptTheirToken() {
        var reply = api.post("/api/v1/widget/sessions", null,
                Api.json("widgetKey", WIDGET_KEY, "visitorToken", VISITOR_TOKEN));

        assertThat(reply.json().get("returning").asBoolean()).isTrue();
    }

    @Test
    void letsAnyPageAskForTheWidgetEndpointsWithoutCredentials() {
        var preflight = api.send("OPTIONS", "/api/v1/visitor/conversations", null, null, Map.of(
                "Origin", "https://shop.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type"));

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void letsTheWidgetReadTheProblemWhenItsTokenIsRefused() {
        var reply = api.send("GET", "/api/v1/visitor/conversations", "v1.expired.token", null,
                Map.of("Origin", "https://shop.example"));

        assertProblem(reply, 401, "auth.invalid-token");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void keepsTheAgentEndpointsSameOrigin() {
        var preflight = api.send("OPTIONS", "/api/v1/conversations", null, null, Map.of(
                "Origin", "https://shop.example", "Access-Control-Request-Method", "GET"));

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void visitorStartsAConversationAndRetriesASendSafely() {
        var started = api.post("/api/v1/visitor/conversations", VISITOR_TOKEN, null);
        assertThat(started.status()).isEqualTo(201);
        String id = started.json().get("id").asString();
        assertThat(started.headers().firstValue("Location")).contains("/api/v1/visitor/conversations/" + id);
        assertThat(started.json().get("status").asString()).isEqualTo("WAITING");

        String message = Api.json("clientMessageId", "c-1", "body", "Where is my parcel?");
        var first = api.post("/api/v1/visitor/conversations/" + id + "/messages", VISITOR_TOKEN, message);
        var retry = api.post("/api/v1/visitor/conversations/" + id + "/messages", VISITOR_TOKEN, message);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("duplicate").asBoolean()).isFalse();
        assertThat(first.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(first.json().get("author").get("kind").asString()).isEqualTo("VISITOR");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("duplicate").asBoolean()).isTrue();
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

        var history = api.get("/api/v1/visitor/conversations/" + id + "/messages?after=0&limit=10", VISITOR_TOKEN);
        assertThat(history.json().get("items").size()).isEqualTo(1);
        assertThat(history.json().get("items").get(0).get("body").asString()).isEqualTo("Where is my parcel?");
        assertThat(api.get("/api/v1/visitor/conversations", VISITOR_TOKEN).json().get("items").valueStream()
                .map(c -> c.get("id").asString())).contains(id);
    }

    @Test
    void refusesVisitorEndpointsWithoutAVisitorToken() {
        assertProblem(api.get("/api/v1/visitor/conversations", null), 401, "auth.required");
        assertProblem(api.get("/api/v1/visitor/conversations", AGENT_TOKEN), 401, "auth.invalid-token");
        assertProblem(api.get("/api/v1/conversations", VISITOR_TOKEN), 401, "auth.invalid-token");
    }

    @Test
    void rejectsAnEmptyMessage() {
        String id = api.post("/api/v1/visitor/conversations", VISITOR_TOKEN, null).json().get("id").asString();

        var reply = api.post("/api/v1/visitor/conversations/" + id + "/messages", VISITOR_TOKEN,
                Api.json("clientMessageId", "c-1", "body", " "));

        assertProblem(reply, 400, "request.invalid");
    }

    @Test
    void agentWorksAConversationThroughItsLifecycle() {
        String id = api.post("/api/v1/visitor/conversations", VISITOR_TOKEN, null).json().get("id").asString();
        String base = "/api/v1/conversations/" + id;

        assertThat(api.get(base, AGENT_TOKEN).json().get("channel").asString()).isEqualTo("WEB_WIDGET");
        var claimed = api.post(base + "/claim", AGENT_TOKEN, null);
        assertThat(claimed.json().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(claimed.json().get("channel").asString()).isEqualTo("WEB_WIDGET");
        assertThat(claimed.json().get("assignee").asString()).isEqualTo(AGENT.toString());

        var note = api.post(base + "/messages", AGENT_TOKEN,
                Api.json("clientMessageId", "n-1", "body", "VIP customer", "kind", "NOTE"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("kind").asString()).isEqualTo("NOTE");
        assertThat(api.get(base + "/messages", AGENT_TOKEN).json().get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/visitor/conversations/" + id + "/messages", VISITOR_TOKEN).json().get("items")
                .size()).isZero();

        assertThat(api.post(base + "/resolve", AGENT_TOKEN, null).json().get("status").asString()).isEqualTo("RESOLVED");
        assertProblem(api.post(base + "/messages", AGENT_TOKEN, Api.json("clientMessageId", "t-1", "body", "hello")),
                409, "conversation.closed");
        assertThat(api.post(base + "/reopen", AGENT_TOKEN, null).json().get("status").asString()).isEqualTo("WAITING");

        var assigned = api.post(base + "/assign", AGENT_TOKEN, Api.json("agentId", ADMIN.toString()));
        assertThat(assigned.json().get("assignee").asString()).isEqualTo(ADMIN.toString());
        var handedOver = api.post(base + "/hand-over", AGENT_TOKEN, Api.json("reason", "needs a specialist"));
        assertThat(handedOver.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(handedOver.json().get("assignee").isNull()).isTrue();
    }

    @Test
    void refusesAnAssigneeThatIsNotAnId() {
        String id = api.post("/api/v1/visitor/conversations", VISITOR_TOKEN, null).json().get("id").asString();

        assertProblem(api.post("/api/v1/conversations/" + id + "/assign", AGENT_TOKEN, Api.json("agentId", "bob")),
                400, "request.invalid-id");
        assertProblem(api.post("/api/v1/conversations/" + id + "/hand-over", AGENT_TOKEN, "{}"),
                400, "request.invalid");
    }

    @Test
    void readsTheListFilterFromTheQuery() {
        var reply = api.get("/api/v1/conversations?status=waiting,ASSIGNED&assignee=me&inbox=" + INBOX
                + "&page=1&size=20", AGENT_TOKEN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("page").asInt()).isEqualTo(1);
        assertThat(reply.json().get("size").asInt()).isEqualTo(20);
        assertThat(reply.json().has("total")).isTrue();
        assertThat(conversations.lastFilter.statuses())
                .containsExactlyInAnyOrder(ConversationStatus.WAITING, ConversationStatus.ASSIGNED);
        assertThat(conversations.lastFilter.assignee()).isEqualTo(AGENT);
        assertThat(conversations.lastFilter.inbox()).isEqualTo(INBOX);
    }

    @Test
    void listsUnassignedConversationsWithTheDefaultPage() {
        var reply = api.get("/api/v1/conversations?unassigned=true", AGENT_TOKEN);

        assertThat(reply.json().get("size").asInt()).isEqualTo(50);
        assertThat(conversations.lastFilter.unassignedOnly()).isTrue();
        assertThat(conversations.lastFilter.statuses()).isEmpty();
    }

    @Test
    void refusesAnInvalidListFilter() {
        assertProblem(api.get("/api/v1/conversations?status=OPEN", AGENT_TOKEN), 400, "request.invalid-parameter");
        assertProblem(api.get("/api/v1/conversations?unassigned=true&assignee=me", AGENT_TOKEN), 400,
                "conversation.invalid-filter");
        assertProblem(api.get("/api/v1/conversations?size=1000", AGENT_TOKEN), 400, "request.invalid-page");
        assertProblem(api.get("/api/v1/conversations/" + java.util.UUID.randomUUID() + "/messages?limit=0",
                AGENT_TOKEN), 400, "history.invalid-limit");
    }
}
