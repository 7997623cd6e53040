package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The index status is per workspace; administrators, and only they, have every entry embedded again. */
class KnowledgeIndexIntegrationTests extends ParleyIntegrationTest {

    @Test
    void eachWorkspaceSeesItsOwnIndexAndAnAdministratorReindexesAll() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("Do you ship abroad?", "Yes, to 30 countries.");
        desk.write("退款多久到账？", "一般1-3个工作日到账。");
        var other = newTenant();
        String admin = desk.tenant().adminToken();

        JsonNode mine = client().get("/api/v1/knowledge/index", newAgent(desk.tenant(), Role.AGENT)).body();
        JsonNode theirs = client().get("/api/v1/knowledge/index", other.adminToken()).body();
        assertThat(mine.path("total").asInt()).isEqualTo(2);
        assertThat(mine.path("done").asInt()).isEqualTo(2);
        assertThat(mine.path("state").asString()).isEqualTo("COMPLETE");
        assertThat(mine.path("models").asString()).contains("bge-small-zh-v1.5-q (512)", "all-minilm-l6-v2-q (384)");
        assertThat(theirs.path("total").asInt()).isZero();
        assertThat(theirs.path("workspaceId").asString()).isEqualTo(other.workspaceId());

        var refused = client().post("/api/v1/knowledge/index/rebuild", newAgent(desk.tenant(), Role.AGENT), Map.of());
        assertThat(refused.status()).isEqualTo(403);

        var started = client().post("/api/v1/knowledge/index/rebuild", admin, Map.of());
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().path("startedAt").isNull()).isFalse();
        JsonNode done = KnowledgeDesk.await(Duration.ofSeconds(15),
                () -> client().get("/api/v1/knowledge/index", admin).body(),
                s -> s.path("state").asString().equals("COMPLETE") && !s.path("finishedAt").isNull());
        assertThat(done.path("done").asInt()).isEqualTo(2);
        assertThat(done.path("failed").asInt()).isZero();
        assertThat(desk.tryIt("do you ship to other countries").path("reply").asString())
                .isEqualTo("Yes, to 30 countries.");
    }
}
