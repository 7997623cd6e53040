package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.knowledge.KnowledgeDesk.Visit;
import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.Script;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents mark visitors as VIP; a VIP visitor's conversation goes to a person at once unless the inbox turns it off. */
class VipHandOverIntegrationTests extends ParleyIntegrationTest {

    private static final String QUESTION = "课程退款多久到账？";
    private static final String ANSWER = "微信支付和支付宝一般1-3个工作日到账。";

    @Test
    void aVipVisitorIsHandedOverAtOnceAndToldInTheirLanguage() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write(QUESTION, ANSWER);
        Visit visit = desk.visit();
        String agent = newAgent(desk.tenant(), Role.AGENT);

        var marked = client().patch("/api/v1/visitors/" + desk.visitorId(visit), agent, Map.of("vip", true));
        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
        assertThat(marked.body().path("vip").asBoolean()).isTrue();
        assertThat(client().get("/api/v1/conversations/" + visit.conversationId() + "/visitor", agent).body()
                .path("vip").asBoolean()).isTrue();

        desk.say(visit, "退款几天能到账");

        assertThat(desk.awaitStatus(visit, "WAITING", Duration.ofSeconds(10))).isEqualTo("WAITING");
        assertThat(KnowledgeDesk.botReplies(desk.messages(visit)))
                .containsExactly(BotLines.vipHandingOver(Script.HAN));
    }

    @Test
    void anInboxCanLetTheBotServeVipVisitors() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write(QUESTION, ANSWER);
        var inbox = desk.inbox(Map.of("name", "Bot for all", "answerMode", "KNOWLEDGE"));
        var patched = client().patch("/api/v1/inboxes/" + inbox.path("id").asString(), desk.tenant().adminToken(),
                Map.of("vipHandOver", false));
        assertThat(patched.body().path("vipHandOver").asBoolean()).isFalse();
        Visit visit = desk.visit(inbox.path("widgetKey").asString());
        client().patch("/api/v1/visitors/" + desk.visitorId(visit), desk.tenant().adminToken(), Map.of("vip", true));

        desk.say(visit, "退款几天能到账");

        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(visit, 1, Duration.ofSeconds(10))))
                .containsExactly(ANSWER);
        assertThat(desk.status(visit)).isEqualTo("BOT");
    }

    @Test
    void anotherWorkspacesVisitorIsNotFoundAndNothingChanges() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        Visit visit = desk.visit();
        String visitor = desk.visitorId(visit);
        var stranger = newTenant();

        var refused = client().patch("/api/v1/visitors/" + visitor, stranger.adminToken(), Map.of("vip", true));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("visitor.not-found");
        assertThat(client().get("/api/v1/conversations/" + visit.conversationId() + "/visitor",
                desk.tenant().adminToken()).body().path("vip").asBoolean()).isFalse();
        var malformed = client().patch("/api/v1/visitors/" + visitor, desk.tenant().adminToken(), Map.of());
        assertThat(malformed.status()).isEqualTo(400);
    }
}
