package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.KnowledgeDesk.Visit;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each inbox answers as its mode says, with a language model configured: KNOWLEDGE quotes the stored answer and never
 * asks the model, LLM posts the model's grounded answer, HUMANS_ONLY sends conversations to people without a bot
 * message.
 */
class AnswerModeIntegrationTests extends ParleyIntegrationTest {

    private static final FakeStreamingProvider PROVIDER = new FakeStreamingProvider();
    private static final String QUESTION = "How long do refunds take?";
    private static final String ANSWER = "Refunds reach your card within 3 working days.";

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("parley.knowledge.llm.providers[0].name", () -> "fake");
        registry.add("parley.knowledge.llm.providers[0].base-url", PROVIDER::baseUrl);
        registry.add("parley.knowledge.llm.providers[0].api-key", () -> "sk-modes");
        registry.add("parley.knowledge.llm.providers[0].model", () -> "fake-chat");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    private KnowledgeDesk desk() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write(QUESTION, ANSWER);
        PROVIDER.answers(List.of("Within 3 working days", " [1]."));
        return desk;
    }

    @Test
    void aKnowledgeInboxQuotesTheStoredAnswerWithoutAskingTheModel() {
        var desk = desk();
        var inbox = desk.inbox(Map.of("name", "Quotes", "answerMode", "KNOWLEDGE"));
        assertThat(inbox.path("answerMode").asString()).isEqualTo("KNOWLEDGE");
        assertThat(inbox.path("botFirst").asBoolean()).isTrue();
        int asked = PROVIDER.requests().size();
        Visit visit = desk.visit(inbox.path("widgetKey").asString());

        desk.say(visit, "when will my refund arrive");

        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(visit, 1, Duration.ofSeconds(10))))
                .containsExactly(ANSWER);
        assertThat(PROVIDER.requests()).hasSize(asked);
        assertThat(desk.status(visit)).isEqualTo("BOT");
    }

    @Test
    void anLlmInboxPostsTheModelsGroundedAnswer() {
        var desk = desk();
        var inbox = desk.inbox(Map.of("name", "Written", "answerMode", "LLM"));
        Visit visit = desk.visit(inbox.path("widgetKey").asString());

        desk.say(visit, "when will my refund arrive");

        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(visit, 1, Duration.ofSeconds(20))))
                .containsExactly("Within 3 working days [1].");
        assertThat(PROVIDER.requests().getLast().body()).contains(ANSWER);
    }

    @Test
    void aHumansOnlyInboxNeverPostsABotMessage() throws InterruptedException {
        var desk = desk();
        var inbox = desk.inbox(Map.of("name", "People", "answerMode", "HUMANS_ONLY"));
        assertThat(inbox.path("botFirst").asBoolean()).isFalse();
        Visit visit = desk.visit(inbox.path("widgetKey").asString());
        assertThat(desk.status(visit)).isEqualTo("WAITING");

        desk.say(visit, "when will my refund arrive");
        Thread.sleep(1500); // long enough for the bot to have answered, were it going to

        assertThat(KnowledgeDesk.botReplies(desk.messages(visit))).isEmpty();
        assertThat(desk.status(visit)).isEqualTo("WAITING");
    }

    @Test
    void switchingAnInboxToHumansOnlyHandsItsBotConversationsOverSilently() {
        var desk = desk();
        var inbox = desk.inbox(Map.of("name", "Switched", "answerMode", "KNOWLEDGE"));
        Visit visit = desk.visit(inbox.path("widgetKey").asString());
        assertThat(desk.status(visit)).isEqualTo("BOT");

        var patched = client().patch("/api/v1/inboxes/" + inbox.path("id").asString(), desk.tenant().adminToken(),
                Map.of("answerMode", "HUMANS_ONLY"));
        assertThat(patched.status()).isEqualTo(200);
        desk.say(visit, "when will my refund arrive");

        assertThat(desk.awaitStatus(visit, "WAITING", Duration.ofSeconds(10))).isEqualTo("WAITING");
        assertThat(KnowledgeDesk.botReplies(desk.messages(visit))).isEmpty();
    }
}
