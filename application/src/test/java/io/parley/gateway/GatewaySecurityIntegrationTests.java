package io.parley.gateway;

import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.port.VisitorTokens;
import io.parley.workspace.UpdateWorkspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GatewaySecurityIntegrationTests extends ParleyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    VisitorTokens visitorTokens;

    @Test
    void wrongAgentTokenIsRefusedAndTheConnectionClosed() {
        try (var socket = ParleySocket.open(Encoding.JSON, port, null)) {
            ServerFrame answer = socket.authenticateAgent("pt_not-a-real-token");
            assertThat(answer.getError().getCode()).isEqualTo("auth.invalid-token");
            assertThat(answer.getError().getFatal()).isTrue();
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
    }

    @Test
    void expiredVisitorTokenIsRefused() {
        Tenant tenant = newTenant();
        var session = client().visitorSession(tenant.widgetKey(), tenant.origin());
        String expired = visitorTokens.sign(new VisitorClaims(WorkspaceId.parse(tenant.workspaceId()),
                InboxId.parse(tenant.inboxId()), VisitorId.parse(session.path("visitorId").asString()),
                Instant.now().minusSeconds(60)));
        try (var socket = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            assertThat(socket.authenticateVisitor(expired).getError().getCode()).isEqualTo("auth.invalid-token");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
    }

    @Test
    void tamperedVisitorTokenIsRefused() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        try (var socket = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            assertThat(socket.authenticateVisitor(tampered).getError().getCode()).isEqualTo("auth.invalid-token");
        }
    }

    @Test
    void framesBeforeAuthenticationAreRefused() {
        try (var socket = ParleySocket.open(Encoding.JSON, port, null)) {
            ServerFrame answer = socket.request(send("00000000-0000-0000-0000-000000000000", "x", "hi"));
            assertThat(answer.getError().getCode()).isEqualTo("auth.required");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
    }

    @Test
    void visitorFromAnOriginTheWorkspaceDoesNotAllowIsRefused() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var socket = ParleySocket.open(Encoding.JSON, port, "https://evil.example.net")) {
            assertThat(socket.authenticateVisitor(token).getError().getCode()).isEqualTo("auth.origin-refused");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
    }

    @Test
    void aWildcardOriginAdmitsVisitorsFromAnyPageButNeverAgents() throws Exception {
        Tenant tenant = newTenant();
        workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null, List.of("*")));
        String anyPage = "https://anywhere.example.net";
        String visitor = client().visitorSession(tenant.widgetKey(), anyPage).path("visitorToken").asString();
        try (var socket = ParleySocket.open(Encoding.JSON, port, anyPage)) {
            assertThat(socket.authenticateVisitor(visitor).hasAuthenticated()).isTrue();
        }
        try (var socket = ParleySocket.open(Encoding.JSON, port, anyPage)) {
            ServerFrame refused = socket.authenticateAgent(tenant.adminToken());
            assertThat(refused.getError().getCode()).isEqualTo("auth.origin-refused");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
        try (var socket = ParleySocket.open(Encoding.JSON, port, "http://127.0.0.1:" + port)) {
            assertThat(socket.authenticateAgent(tenant.adminToken()).hasAuthenticated())
                    .as("the console this server serves").isTrue();
        }
        // nor do the agents' REST routes answer a page of another origin with their credentials
        var preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/conversations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", anyPage)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void malformedFramesGetAClearErrorAndChangeNothing() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var socket = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            socket.authenticateVisitor(token);
            String conversation = socket.request(start()).getConversationStarted().getConversation().getId();
            socket.sendRawText("{\"send\": {\"conversationId\": ");
            assertThat(socket.await(ServerFrame::hasError, WAIT).getError().getCode()).isEqualTo("frame.malformed");
            socket.sendRawText("{\"noSuchField\": 1}");
            assertThat(socket.await(ServerFrame::hasError, WAIT).getError().getCode()).isEqualTo("frame.malformed");

            ServerFrame stillWorks = socket.request(send(conversation, "after-garbage", "still here"));
            assertThat(stillWorks.getAck().getSequence()).as("garbage stored nothing").isEqualTo(1);
        }
    }

    @Test
    void anAgentsNoteInRestSpellingIsRefusedAndNeverShownToTheVisitor() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var visitor = ParleySocket.open(Encoding.PROTO, port, tenant.origin());
             var agent = ParleySocket.open(Encoding.JSON, port, null)) {
            visitor.authenticateVisitor(token);
            agent.authenticateAgent(tenant.adminToken());
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            visitor.request(send(conversation, "v-1", "where is my refund?"));

            agent.sendRawText("{\"requestId\":\"note-1\",\"send\":{\"conversationId\":\"" + conversation
                    + "\",\"clientMessageId\":\"n-1\",\"body\":\"VIP, refund approved internally\",\"kind\":\"NOTE\"}}");
            ServerFrame refused = agent.await(ServerFrame::hasError, WAIT);
            assertThat(refused.getError().getCode()).isEqualTo("message.invalid-kind");
            assertThat(refused.getRequestId()).isEqualTo("note-1");

            ServerFrame later = agent.request(send(conversation, "a-1", "let me check"));
            assertThat(later.getAck().getSequence()).as("the refused note took no sequence").isEqualTo(2);
            ServerFrame atVisitor = visitor.await(f -> f.hasMessage() && f.getMessage().getMessage().getSequence() > 1,
                    WAIT);
            assertThat(atVisitor.getMessage().getMessage().getBody()).isEqualTo("let me check");
        }
        var history = client().get("/api/v1/conversations/" + conversationOf(tenant) + "/messages",
                tenant.adminToken());
        assertThat(history.body().toString()).doesNotContain("refund approved internally");
    }

    @Test
    void valuesOfTheWrongTypeAreMalformedWithTheirRequestIdAndBeforeAuthenticationClose() {
        Tenant tenant = newTenant();
        try (var socket = ParleySocket.open(Encoding.JSON, port, null)) {
            socket.sendRawText("{\"requestId\":\"a-1\",\"authenticate\":{\"agentToken\":[\"" + tenant.adminToken()
                    + "\"]}}");
            ServerFrame refused = socket.await(ServerFrame::hasError, WAIT);
            assertThat(refused.getError().getCode()).isEqualTo("frame.malformed");
            assertThat(refused.getRequestId()).isEqualTo("a-1");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
        try (var socket = ParleySocket.open(Encoding.JSON, port, null)) {
            socket.authenticateAgent(tenant.adminToken());
            socket.sendRawText("{\"requestId\":\"r-1\",\"resume\":{\"conversationId\":12345,\"afterSequence\":\"0\"}}");
            ServerFrame refused = socket.await(ServerFrame::hasError, WAIT);
            assertThat(refused.getError().getCode()).isEqualTo("frame.malformed");
            assertThat(refused.getError().getFatal()).isFalse();
            assertThat(refused.getRequestId()).isEqualTo("r-1");
        }
    }

    private String conversationOf(Tenant tenant) {
        var list = client().get("/api/v1/conversations", tenant.adminToken());
        return list.body().path("items").get(0).path("id").asString();
    }

    @Test
    void frameOverTheLimitIsRefusedWithFrameTooLargeAndClosesTheConnection() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var socket = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            int limit = socket.authenticateVisitor(token).getAuthenticated().getMaxFrameBytes();
            // one byte over: the server can tell only once the last byte has arrived, so the write always completes
            socket.sendRawBinary(new byte[limit + 1]);
            ServerFrame refused = socket.await(ServerFrame::hasError, WAIT);
            assertThat(refused.getError().getCode()).isEqualTo("frame.too-large");
            assertThat(refused.getError().getFatal()).isTrue();
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1009);
        }
    }

    @Test
    void frameFarOverTheLimitClosesTheConnectionBeforeItIsRead() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        try (var socket = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            socket.authenticateVisitor(token);
            // refused by its header: the server closes, often before the client has written it all, and then the
            // client's write fails and the close frame may be lost in the reset (-1)
            boolean written = socket.trySendRawBinary(new byte[200_000]);
            int code = socket.awaitClose(WAIT);
            assertThat(code).as("close after a frame far over the limit (written whole: %s)", written)
                    .isIn(1009, -1);
        }
        try (var socket = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            assertThat(socket.authenticateVisitor(token).hasAuthenticated()).as("the server carries on").isTrue();
        }
    }

    @Test
    void scriptInAMessageIsStoredAndDeliveredAsInertText() {
        Tenant tenant = newTenant();
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        try (var socket = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            socket.authenticateVisitor(token);
            String conversation = socket.request(start()).getConversationStarted().getConversation().getId();
            socket.request(send(conversation, "xss", payload));
            var history = client().get("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken());
            assertThat(history.body().path("items").get(0).path("body").asString()).isEqualTo(payload);
        }
    }

    @Test
    void aVisitorCannotReachAnotherVisitorsOrAnotherWorkspacesConversation() {
        Tenant mine = newTenant();
        Tenant theirs = newTenant();
        String otherVisitor = client().visitorSession(theirs.widgetKey(), theirs.origin()).path("visitorToken").asString();
        String sameWorkspaceVisitor = client().visitorSession(mine.widgetKey(), mine.origin()).path("visitorToken").asString();
        String me = client().visitorSession(mine.widgetKey(), mine.origin()).path("visitorToken").asString();
        String foreign;
        String neighbours;
        try (var other = ParleySocket.open(Encoding.JSON, port, theirs.origin());
             var neighbour = ParleySocket.open(Encoding.JSON, port, mine.origin())) {
            other.authenticateVisitor(otherVisitor);
            foreign = other.request(start()).getConversationStarted().getConversation().getId();
            other.request(send(foreign, "secret", "my card number is 4111"));
            neighbour.authenticateVisitor(sameWorkspaceVisitor);
            neighbours = neighbour.request(start()).getConversationStarted().getConversation().getId();
            neighbour.request(send(neighbours, "secret", "my address is 1 Main St"));
        }
        try (var socket = ParleySocket.open(Encoding.JSON, port, mine.origin())) {
            socket.authenticateVisitor(me);
            for (String target : new String[] {foreign, neighbours}) {
                assertThat(socket.request(send(target, "intrude", "hi")).getError().getCode())
                        .isEqualTo("conversation.not-found");
                ServerFrame resume = socket.request(Frames.resume(target, 0));
                assertThat(resume.getError().getCode()).isEqualTo("conversation.not-found");
                var rest = client().get("/api/v1/visitor/conversations/" + target + "/messages", me);
                assertThat(rest.status()).isEqualTo(404);
                assertThat(rest.body().toString()).doesNotContain("4111").doesNotContain("Main St");
            }
        }
        var theirHistory = client().get("/api/v1/conversations/" + foreign + "/messages", theirs.adminToken());
        assertThat(theirHistory.body().path("items").size()).as("the intrusion stored nothing").isEqualTo(1);
    }

    @Test
    void anAgentCannotReachAnotherWorkspacesConversation() {
        Tenant mine = newTenant();
        Tenant theirs = newTenant();
        String visitor = client().visitorSession(theirs.widgetKey(), theirs.origin()).path("visitorToken").asString();
        String foreign;
        try (var other = ParleySocket.open(Encoding.PROTO, port, theirs.origin())) {
            other.authenticateVisitor(visitor);
            foreign = other.request(start()).getConversationStarted().getConversation().getId();
            other.request(send(foreign, "secret", "private matter"));
        }
        try (var agent = ParleySocket.open(Encoding.PROTO, port, null)) {
            agent.authenticateAgent(mine.adminToken());
            assertThat(agent.request(send(foreign, "intrude", "hi")).getError().getCode())
                    .isEqualTo("conversation.not-found");
            assertThat(agent.request(Frames.resume(foreign, 0)).getError().getCode())
                    .isEqualTo("conversation.not-found");
            assertThat(agent.poll(Duration.ofMillis(300))).as("nothing of the other workspace is pushed").isNull();
        }
        var rest = client().get("/api/v1/conversations/" + foreign, mine.adminToken());
        assertThat(rest.status()).isEqualTo(404);
        assertThat(rest.code()).isEqualTo("conversation.not-found");
        var list = client().get("/api/v1/conversations", mine.adminToken());
        assertThat(list.body().toString()).doesNotContain(foreign);
    }
}
