package io.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without an allow-list (the default), a webhook URL on this machine or the internal network is refused when saved. */
class WebhookGuardIntegrationTests extends ParleyIntegrationTest {

    @Test
    void loopbackAndInternalTargetsAreRefusedWhenSavedWithoutTheAllowList() throws Exception {
        Tenant tenant = newTenant();
        try (var receiver = new Receiver()) {
            String local = receiver.url("/hook");
            for (String url : List.of(local, local.replace("127.0.0.1", "localhost"), "http://[::1]/",
                    "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/",
                    "http://100.64.0.1/", "http://198.18.0.1/", "http://0.0.0.0/", "http://[fd00::1]/")) {
                var response = client().post("/api/v1/webhooks/endpoints", tenant.adminToken(),
                        Map.of("url", url, "events", List.of("message.created")));
                assertThat(response.status()).as(url).isEqualTo(400);
                assertThat(response.code()).as(url).isEqualTo("outbound.address-refused");
            }
            assertThat(receiver.at("/hook")).isEmpty();
        }
        assertThat(client().get("/api/v1/webhooks/endpoints", tenant.adminToken()).body().path("items").size())
                .isZero();
    }
}
