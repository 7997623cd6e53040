package io.parley.gateway;

import static io.parley.gateway.Frames.messageIn;
import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.Message;
import io.parley.knowledge.KnowledgeDesk;
import io.parley.knowledge.KnowledgeDesk.Visit;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Pictures;
import io.parley.testing.Tenant;
import java.awt.Color;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Messages carry how their author is shown: an agent's current public name and picture, the bot's configured name;
 * never the agent's e-mail; and nothing about the author to visitors of an inbox that hides who answers.
 */
class AuthorProfileIntegrationTests extends ParleyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anAgentsReplyCarriesTheirNameAndPictureToTheVisitorLiveAndInHistory() throws Exception {
        Tenant tenant = newTenant();
        client().patch("/api/v1/agents/me", tenant.adminToken(), Map.of("displayName", "Ann Example"));
        String avatar = client().putFile("/api/v1/agents/me/avatar", tenant.adminToken(), "image/png",
                Pictures.png(24, Color.PINK)).body().path("avatarUrl").asString();
        String visitorToken = visitorToken(tenant);
        try (var agent = ParleySocket.open(Encoding.JSON, port, null);
             var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            agent.authenticateAgent(tenant.adminToken());
            visitor.authenticateVisitor(visitorToken);
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            visitor.request(send(conversation, "v-1", "Hello?"));
            Message fromVisitor = agent.await(messageIn(conversation, 1), WAIT).getMessage().getMessage();
            assertThat(fromVisitor.getAuthorName()).as("visitors carry no name").isEmpty();

            agent.request(send(conversation, "a-1", "Hi, Ann here"));
            Message live = visitor.await(messageIn(conversation, 2), WAIT).getMessage().getMessage();

            assertThat(live.getAuthorName()).isEqualTo("Ann Example");
            assertThat(live.getAuthorAvatarUrl()).isEqualTo(avatar);
            assertThat(JsonFormat.printer().print(live)).doesNotContain(tenant.adminEmail());
            assertThat(agent.await(messageIn(conversation, 2), WAIT).getMessage().getMessage().getAuthorName())
                    .isEqualTo("Ann Example");
            JsonNode author = history(conversation, visitorToken).get(1).path("author");
            assertThat(author.path("name").asString()).isEqualTo("Ann Example");
            assertThat(author.path("avatarUrl").asString()).isEqualTo(avatar);
            assertThat(author.toString()).doesNotContain("@");
        }
    }

    @Test
    void aNameChangeShowsOnEveryMessageDisplayedAfterIt() {
        Tenant tenant = newTenant();
        client().patch("/api/v1/agents/me", tenant.adminToken(), Map.of("displayName", "Old Name"));
        String visitorToken = visitorToken(tenant);
        String conversation = client().post("/api/v1/visitor/conversations", visitorToken, Map.of()).body()
                .path("id").asString();
        client().post("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken,
                Map.of("clientMessageId", "v-1", "body", "Hi"));
        client().post("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-1", "body", "Hello"));
        assertThat(history(conversation, visitorToken).get(1).path("author").path("name").asString())
                .isEqualTo("Old Name");

        client().patch("/api/v1/agents/me", tenant.adminToken(), Map.of("displayName", "New Name"));

        assertThat(history(conversation, visitorToken).get(1).path("author").path("name").asString())
                .as("the earlier reply shows the current name").isEqualTo("New Name");
        var agentView = client().get("/api/v1/conversations/" + conversation + "/messages", tenant.adminToken());
        assertThat(agentView.body().path("items").get(1).path("author").path("name").asString()).isEqualTo("New Name");
    }

    @Test
    void whenTheInboxHidesWhoAnswersVisitorsGetNoNameButAgentsDo() {
        Tenant tenant = newTenant();
        client().patch("/api/v1/agents/me", tenant.adminToken(), Map.of("displayName", "Hidden Helper"));
        var settings = new HashMap<String, Object>(Map.of("colour", "#2563eb", "position", "RIGHT",
                "showAgentName", false, "nameField", "HIDDEN", "emailField", "HIDDEN"));
        assertThat(client().put("/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings", tenant.adminToken(),
                settings).status()).isEqualTo(200);
        String visitorToken = visitorToken(tenant);
        try (var agent = ParleySocket.open(Encoding.PROTO, port, null);
             var visitor = ParleySocket.open(Encoding.PROTO, port, tenant.origin())) {
            agent.authenticateAgent(tenant.adminToken());
            visitor.authenticateVisitor(visitorToken);
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            visitor.request(send(conversation, "v-1", "Who is there?"));
            var reply = agent.request(send(conversation, "a-1", "Someone"));
            assertThat(reply.hasAck()).as("the reply is taken: %s", reply).isTrue();

            Message atVisitor = visitor.await(messageIn(conversation, reply.getAck().getSequence()), WAIT)
                    .getMessage().getMessage();
            Message atAgent = agent.await(messageIn(conversation, reply.getAck().getSequence()), WAIT)
                    .getMessage().getMessage();

            assertThat(atVisitor.getAuthorName()).isEmpty();
            assertThat(atVisitor.getAuthorAvatarUrl()).isEmpty();
            assertThat(atAgent.getAuthorName()).isEqualTo("Hidden Helper");
            assertThat(history(conversation, visitorToken).get(1).path("author").has("name")).isFalse();
        }
    }

    @Test
    void theBotsMessagesCarryTheNameItsWidgetSettingsGiveIt() {
        Tenant tenant = newTenant();
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("Where is my parcel?", "Track it under My orders.");
        String botInbox = client().get("/api/v1/inboxes", tenant.adminToken()).body().path("items").valueStream()
                .filter(inbox -> inbox.path("botFirst").asBoolean()).findFirst().orElseThrow().path("id").asString();
        var settings = new HashMap<String, Object>(Map.of("colour", "#2563eb", "position", "RIGHT",
                "showAgentName", true, "botName", "Parcel Bot", "nameField", "HIDDEN", "emailField", "HIDDEN"));
        assertThat(client().put("/api/v1/inboxes/" + botInbox + "/widget-settings", tenant.adminToken(), settings)
                .status()).isEqualTo(200);
        Visit visit = desk.visit();

        desk.say(visit, "I want to talk to a person");

        List<JsonNode> messages = desk.awaitBotReplies(visit, 1, WAIT);
        JsonNode bot = messages.stream().filter(m -> m.path("author").path("kind").asString().equals("BOT"))
                .findFirst().orElseThrow();
        assertThat(bot.path("author").path("name").asString()).isEqualTo("Parcel Bot");
        assertThat(bot.path("author").has("avatarUrl")).isFalse();
    }

    private String visitorToken(Tenant tenant) {
        return client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
    }

    private List<JsonNode> history(String conversation, String visitorToken) {
        return client().get("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken).body()
                .path("items").valueStream().toList();
    }
}
