package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.InboxId;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator enters a platform inbox's settings; secrets are never shown back; the adapter reads them all. */
class ChannelSettingsIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    ChannelSettingsAdministration settings;

    private String platformInbox(Tenant tenant, String channel) {
        return client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "Official account",
                "channel", channel, "answerMode", "HUMANS_ONLY")).body().path("id").asString();
    }

    @Test
    void secretsAreMaskedForAdminsAndWholeForTheAdapter() {
        Tenant tenant = newTenant();
        String inbox = platformInbox(tenant, "WECHAT");
        String path = "/api/v1/inboxes/" + inbox + "/channel-settings";
        assertThat(client().get(path, tenant.adminToken()).body().path("values").size()).isZero();

        Response saved = client().put(path, tenant.adminToken(), Map.of("values", Map.of("appId", "wx1234567890",
                "appSecret", "s3cr3t-0123456789abcdef", "token", "callback-token-42")));

        assertThat(saved.status()).isEqualTo(200);
        JsonView values = new JsonView(saved);
        assertThat(values.get("appId")).isEqualTo("wx1234567890");
        assertThat(values.get("appSecret")).isEqualTo("••••cdef").doesNotContain("s3cr3t");
        assertThat(values.get("token")).isEqualTo("••••n-42");
        assertThat(saved.body().path("channel").asString()).isEqualTo("WECHAT");
        ChannelSettings read = settings.forAdapter(InboxId.parse(inbox), ChannelType.WECHAT).orElseThrow();
        assertThat(read.values()).containsEntry("appSecret", "s3cr3t-0123456789abcdef").containsEntry("token",
                "callback-token-42");
        assertThat(settings.forAdapter(InboxId.parse(inbox), ChannelType.FEISHU)).as("another channel's adapter")
                .isEmpty();

        var removal = new HashMap<String, String>();
        removal.put("token", "");
        client().put(path, tenant.adminToken(), Map.of("values", removal));
        assertThat(client().get(path, tenant.adminToken()).body().path("values").has("token")).isFalse();
        assertThat(client().get(path, tenant.adminToken()).body().path("values").path("appId").asString())
                .as("a key left out stays").isEqualTo("wx1234567890");
    }

    @Test
    void badInputAndOtherWorkspacesChangeNothing() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String inbox = platformInbox(tenant, "FEISHU");
        String path = "/api/v1/inboxes/" + inbox + "/channel-settings";
        client().put(path, tenant.adminToken(), Map.of("values", Map.of("appId", "cli_1")));

        assertThat(client().put(path, tenant.adminToken(), Map.of("values", Map.of("bad key!", "x"))).code())
                .isEqualTo("channel.invalid-setting");
        assertThat(client().put(path, tenant.adminToken(), Map.of("values", Map.of("appId", "x".repeat(2001))))
                .code()).isEqualTo("channel.invalid-setting");
        assertThat(client().put(path, other.adminToken(), Map.of("values", Map.of("appId", "theirs"))).status())
                .isEqualTo(404);
        assertThat(client().get(path, other.adminToken()).status()).isEqualTo(404);
        assertThat(client().put("/api/v1/inboxes/" + tenant.inboxId() + "/channel-settings", tenant.adminToken(),
                Map.of("values", Map.of("appId", "x"))).code()).isEqualTo("channel.not-platform-inbox");
        assertThat(client().put(path, tenant.adminToken(), Map.of()).status()).isEqualTo(400);
        String agent = newAgent(tenant, io.parley.agent.Role.AGENT);
        assertThat(client().get(path, agent).status()).isEqualTo(403);

        assertThat(client().get(path, tenant.adminToken()).body().path("values").path("appId").asString())
                .isEqualTo("cli_1");
    }

    /** The values of a settings answer. */
    private record JsonView(Response response) {
        String get(String key) {
            return response.body().path("values").path(key).asString();
        }
    }
}
