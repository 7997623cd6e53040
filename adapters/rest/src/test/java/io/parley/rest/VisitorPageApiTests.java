package io.parley.rest;

import static io.parley.rest.Fixtures.ADMIN_TOKEN;
import static io.parley.rest.Fixtures.VISITOR;
import static io.parley.rest.Fixtures.VISITOR_TOKEN;
import static io.parley.rest.Fixtures.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitorPageApiTests extends ApiTestSupport {

    @Autowired
    FakeVisitorPages pages;

    @Test
    void theWidgetReportsThePageAndTheBrowserWithTheVisitorToken() {
        var reply = api.send("POST", "/api/v1/visitor/page", VISITOR_TOKEN,
                "{\"url\":\"https://shop.example/cart\",\"title\":\"Cart\",\"referrer\":\"https://search.example/\"}",
                Map.of("Content-Type", "application/json", "User-Agent", "Mozilla/5.0 Test"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(204);
        var page = pages.latest(WORKSPACE, VISITOR).orElseThrow();
        assertThat(page.url()).isEqualTo("https://shop.example/cart");
        assertThat(page.title()).isEqualTo("Cart");
        assertThat(page.userAgent()).isEqualTo("Mozilla/5.0 Test");
    }

    @Test
    void reportingAPageNeedsAVisitorToken() {
        var reply = api.send("POST", "/api/v1/visitor/page", null, "{\"url\":\"https://shop.example/\"}",
                Map.of("Content-Type", "application/json"));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void agentsAskForTheVisitorOfAConversationTheyMaySee() {
        String id = api.post("/api/v1/visitor/conversations", VISITOR_TOKEN, null).json().get("id").asString();

        // the fake visitor directory knows no visitors: the answer is a problem with a stable code
        assertProblem(api.get("/api/v1/conversations/" + id + "/visitor", ADMIN_TOKEN), 404, "visitor.not-found");
        assertThat(api.get("/api/v1/conversations/" + id + "/visitor", null).status()).isEqualTo(401);
    }
}
