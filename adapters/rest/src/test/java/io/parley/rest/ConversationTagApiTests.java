package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConversationTagApiTests extends ApiTestSupport {

    @Test
    void anAgentAddsAndRemovesTagsKeptInLowerCase() {
        String path = "/api/v1/conversations/" + UUID.randomUUID() + "/tags";

        var added = api.post(path, AGENT_TOKEN, Api.json("tag", " VIP "));
        assertThat(added.status()).isEqualTo(200);
        api.post(path, AGENT_TOKEN, Api.json("tag", "退货"));
        assertThat(api.get(path, AGENT_TOKEN).json().get("items").valueStream().map(JsonNode::asString))
                .containsExactly("vip", "退货");

        var removed = api.send("DELETE", path + "/vip", AGENT_TOKEN, null, Map.of());
        assertThat(removed.json().get("items").valueStream().map(JsonNode::asString)).containsExactly("退货");
    }

    @Test
    void refusesATagWithMarkupWithItsCode() {
        String path = "/api/v1/conversations/" + UUID.randomUUID() + "/tags";
        assertProblem(api.post(path, AGENT_TOKEN, Api.json("tag", "<script>")), 400, "conversation.invalid-tag");
        assertProblem(api.post(path, null, Api.json("tag", "vip")), 401, "auth.required");
    }
}
