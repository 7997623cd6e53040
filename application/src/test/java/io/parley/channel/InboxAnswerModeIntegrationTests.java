package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Administrators set an inbox's answer mode and VIP rule; bad values and other workspaces' inboxes change nothing. */
class InboxAnswerModeIntegrationTests extends ParleyIntegrationTest {

    @Test
    void anAdministratorChangesTheAnswerModeAndBotFirstFollows() {
        var tenant = newTenant();

        var patched = client().patch("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken(),
                Map.of("answerMode", "knowledge"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("answerMode").asString()).isEqualTo("KNOWLEDGE");
        assertThat(patched.body().path("botFirst").asBoolean()).isTrue();
        assertThat(patched.body().path("vipHandOver").asBoolean()).isTrue();
        assertThat(client().get("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken()).body()
                .path("answerMode").asString()).isEqualTo("KNOWLEDGE");
    }

    @Test
    void anUnknownAnswerModeIsRefusedWithItsCodeAndChangesNothing() {
        var tenant = newTenant();

        var refused = client().patch("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken(),
                Map.of("answerMode", "ALWAYS_BOT", "vipHandOver", false));
        var create = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "x", "answerMode", "GPT"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("channel.invalid-answer-mode");
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.code()).isEqualTo("channel.invalid-answer-mode");
        var unchanged = client().get("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken()).body();
        assertThat(unchanged.path("answerMode").asString()).isEqualTo("HUMANS_ONLY");
        assertThat(unchanged.path("vipHandOver").asBoolean()).isTrue();
    }

    @Test
    void anotherWorkspacesInboxIsNotFoundAndAgentsMayNotChangeInboxes() {
        var tenant = newTenant();
        var stranger = newTenant();

        var foreign = client().patch("/api/v1/inboxes/" + tenant.inboxId(), stranger.adminToken(),
                Map.of("answerMode", "LLM"));
        var agent = client().patch("/api/v1/inboxes/" + tenant.inboxId(), newAgent(tenant, Role.AGENT),
                Map.of("answerMode", "LLM"));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("channel.inbox-not-found");
        assertThat(agent.status()).isEqualTo(403);
        assertThat(client().get("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken()).body()
                .path("answerMode").asString()).isEqualTo("HUMANS_ONLY");
    }
}
