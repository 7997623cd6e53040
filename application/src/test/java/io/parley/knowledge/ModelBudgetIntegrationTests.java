package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A workspace's language-model calls stop at its budget; beyond it the bot still answers, from the entry. */
class ModelBudgetIntegrationTests extends ParleyIntegrationTest {

    private static final FakeStreamingProvider PROVIDER = new FakeStreamingProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("parley.knowledge.llm.providers[0].name", () -> "fake");
        registry.add("parley.knowledge.llm.providers[0].base-url", PROVIDER::baseUrl);
        registry.add("parley.knowledge.llm.providers[0].api-key", () -> "sk-budget-test");
        registry.add("parley.knowledge.llm.providers[0].model", () -> "fake-chat");
        registry.add("parley.knowledge.model-budget.calls", () -> "3");
        registry.add("parley.knowledge.model-budget.period", () -> "1h");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aFloodOfQuestionsCostsNoMoreModelCallsThanTheBudget() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("What are your opening hours?", "We are open every day from 9:00 to 18:00.");
        PROVIDER.answers(List.of("Every day, ", "9:00 to 18:00 [1]."));
        var visit = desk.visit();

        for (int i = 1; i <= 5; i++) {
            desk.say(visit, "What are your opening hours?");
            desk.awaitBotReplies(visit, i, Duration.ofSeconds(30));
        }

        List<JsonNode> messages = desk.awaitBotReplies(visit, 5, Duration.ofSeconds(30));
        assertThat(PROVIDER.requests()).as("model calls, the entry's 'try it' included").hasSize(3);
        assertThat(KnowledgeDesk.botReplies(messages)).hasSize(5)
                .last().asString().startsWith("We are open every day from 9:00 to 18:00.");
    }
}
