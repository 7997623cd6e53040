package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import org.junit.jupiter.api.Test;

class FirstStartIntegrationTests extends ParleyIntegrationTest {

    @Test
    void withoutALanguageModelTheFirstInboxAnswersFromKnowledgeEntries() {
        String token = client().login(ADMIN_EMAIL, ADMIN_PASSWORD);

        var inboxes = client().get("/api/v1/inboxes", token).body().path("items");
        var model = client().get("/api/v1/knowledge/language-model", token).body();

        assertThat(model.path("configured").asBoolean()).isFalse();
        assertThat(inboxes.size()).isEqualTo(1);
        assertThat(inboxes.get(0).path("answerMode").asString()).isEqualTo("KNOWLEDGE");
        assertThat(inboxes.get(0).path("botFirst").asBoolean()).isTrue();
    }
}
