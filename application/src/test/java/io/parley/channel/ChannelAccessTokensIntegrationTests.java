package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.InboxId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A platform's access token is fetched once for all callers, kept while valid, and fetched again when refused. */
class ChannelAccessTokensIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    ChannelAccessTokens tokens;

    private InboxId platformInbox() {
        Tenant tenant = newTenant();
        return InboxId.parse(client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "Feishu bot",
                "channel", "FEISHU", "answerMode", "HUMANS_ONLY")).body().path("id").asString());
    }

    @Test
    void manyCallersAtOnceFetchTheTokenOnceAndThenReadIt() throws Exception {
        InboxId inbox = platformInbox();
        var fetches = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(pool.submit(() -> {
                    start.await();
                    return tokens.token(inbox, "tenant_access_token", Duration.ofMinutes(5), () -> {
                        int n = fetches.incrementAndGet();
                        return new ChannelAccessTokens.Issued("t-" + n, Instant.now().plus(Duration.ofHours(2)));
                    });
                }));
            }
            start.countDown();
            for (Future<String> caller : callers) {
                assertThat(caller.get()).isEqualTo("t-1");
            }
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aTokenAboutToExpireOrRefusedIsFetchedAgain() {
        InboxId inbox = platformInbox();
        var fetches = new AtomicInteger();
        String first = tokens.token(inbox, "access_token", Duration.ofMinutes(5), () -> new ChannelAccessTokens.Issued(
                "short-" + fetches.incrementAndGet(), Instant.now().plus(Duration.ofMinutes(3))));
        String second = tokens.token(inbox, "access_token", Duration.ofMinutes(5), () -> new ChannelAccessTokens.Issued(
                "long-" + fetches.incrementAndGet(), Instant.now().plus(Duration.ofHours(2))));
        String kept = tokens.token(inbox, "access_token", Duration.ofMinutes(5), () -> new ChannelAccessTokens.Issued(
                "never-" + fetches.incrementAndGet(), Instant.now().plus(Duration.ofHours(2))));
        tokens.invalidate(inbox, "access_token");
        String renewed = tokens.token(inbox, "access_token", Duration.ofMinutes(5), () -> new ChannelAccessTokens.Issued(
                "renewed-" + fetches.incrementAndGet(), Instant.now().plus(Duration.ofHours(2))));

        assertThat(first).isEqualTo("short-1");
        assertThat(second).as("within the margin of its expiry").isEqualTo("long-2");
        assertThat(kept).as("valid: not fetched").isEqualTo("long-2");
        assertThat(renewed).isEqualTo("renewed-3");
        assertThat(tokens.token(inbox, "other", Duration.ZERO, () -> new ChannelAccessTokens.Issued("x",
                Instant.now().plusSeconds(60)))).as("each name its own token").isEqualTo("x");
    }
}
