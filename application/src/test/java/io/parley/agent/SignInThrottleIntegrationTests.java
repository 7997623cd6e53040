package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.Tenant;
import io.parley.testing.ThrottledIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are counted per account and client address, and per client address, never per account alone. */
class SignInThrottleIntegrationTests extends ThrottledIntegrationTest {

    private static final String LOGIN = "/api/v1/auth/login";

    @Test
    void anotherClientsWrongPasswordsNeverLockTheOwnerOut() {
        Tenant tenant = newTenant();
        ParleyClient attacker = clientFrom(newAddress());
        for (int i = 0; i < 4; i++) {
            assertThat(attacker.post(LOGIN, null, credentials(tenant.adminEmail(), "wrong-" + i)).code())
                    .isEqualTo("auth.invalid-credentials");
        }
        Response fifth = attacker.post(LOGIN, null, credentials(tenant.adminEmail(), "wrong-5"));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.code()).isEqualTo("auth.locked");
        assertThat(fifth.retryAfter()).isBetween(1L, 15 * 60L);
        Response evenRight = attacker.post(LOGIN, null, credentials(tenant.adminEmail(), ADMIN_PASSWORD));
        assertThat(evenRight.status()).isEqualTo(429);
        assertThat(evenRight.code()).isEqualTo("auth.locked");

        Response owner = clientFrom(newAddress()).post(LOGIN, null, credentials(tenant.adminEmail(), ADMIN_PASSWORD));
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.body().path("token").asString()).isNotBlank();
    }

    @Test
    void knownAndUnknownAddressesAreLockedAlike() {
        Tenant tenant = newTenant();
        ParleyClient client = clientFrom(newAddress());
        String ghost = "ghost-" + UUID.randomUUID() + "@parley.test";
        for (String email : new String[] {tenant.adminEmail(), ghost}) {
            for (int i = 0; i < 4; i++) {
                Response wrong = client.post(LOGIN, null, credentials(email, "wrong-" + i));
                assertThat(wrong.status()).as(email).isEqualTo(401);
                assertThat(wrong.code()).isEqualTo("auth.invalid-credentials");
            }
            Response fifth = client.post(LOGIN, null, credentials(email, "wrong-5"));
            assertThat(fifth.status()).as(email).isEqualTo(429);
            assertThat(fifth.code()).isEqualTo("auth.locked");
            assertThat(fifth.body().path("detail").asString()).startsWith("too many failed sign-ins");
        }
    }

    @Test
    void passwordSprayingFromOneClientIsThrottled() {
        ParleyClient sprayer = clientFrom(newAddress());
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            Response attempt = sprayer.post(LOGIN, null, credentials("user-" + i + "-" + UUID.randomUUID()
                    + "@parley.test", "Winter2026!"));
            if (attempt.status() == 429) {
                assertThat(attempt.code()).isEqualTo("auth.locked");
                assertThat(attempt.retryAfter()).isPositive();
                refused++;
            } else {
                assertThat(attempt.code()).isEqualTo("auth.invalid-credentials");
            }
        }
        assertThat(refused).as("attempts after the 20th failure").isEqualTo(10);

        Tenant tenant = newTenant();
        Response owner = clientFrom(newAddress()).post(LOGIN, null, credentials(tenant.adminEmail(), ADMIN_PASSWORD));
        assertThat(owner.status()).as("another client signs in").isEqualTo(200);
    }

    @Test
    void signingInForgivesTheClientsEarlierFailures() {
        Tenant tenant = newTenant();
        ParleyClient owner = clientFrom(newAddress());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(owner.post(LOGIN, null, credentials(tenant.adminEmail(), "typo-" + i)).status())
                        .isEqualTo(401);
            }
            assertThat(owner.post(LOGIN, null, credentials(tenant.adminEmail(), ADMIN_PASSWORD)).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyTheHopTheTrustedProxyAddedCounts() {
        // the test's own connection (127.0.0.1) is the trusted proxy; the address it forwards is one more hop: a
        // client can prepend addresses of its choice, but only the hop the trusted proxy added counts
        Tenant tenant = newTenant();
        String real = newAddress();
        for (int i = 0; i < 5; i++) {
            client().from(newAddress() + ", " + real).post(LOGIN, null, credentials(tenant.adminEmail(), "x-" + i));
        }
        Response locked = clientFrom(real).post(LOGIN, null, credentials(tenant.adminEmail(), ADMIN_PASSWORD));
        assertThat(locked.code()).isEqualTo("auth.locked");
    }

    private static Map<String, String> credentials(String email, String password) {
        return Map.of("email", email, "password", password);
    }
}
