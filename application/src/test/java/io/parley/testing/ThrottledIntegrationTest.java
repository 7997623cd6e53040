package io.parley.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The tests of rate limits and sign-in throttling: the shipped capacities (which the other integration tests raise),
 * refilled over a day instead of minutes so that no allowance comes back while a test counts, and 127.0.0.1 trusted
 * as a proxy, so that each test calls as clients of addresses of its own ({@link #client()} included).
 */
@ActiveProfiles(profiles = {}, inheritProfiles = false)
@TestPropertySource(properties = {"parley.http.trusted-proxies=127.0.0.1", ThrottledIntegrationTest.WIDGET_SESSIONS,
        "parley.rate-limits.anonymous=300/1d", "parley.rate-limits.sign-in=30/1d",
        "parley.rate-limits.unauthenticated=60/1d", "parley.rate-limits.visitor=120/1d",
        "parley.rate-limits.visitor-address=600/1d", "parley.rate-limits.conversations=10/1d",
        "parley.rate-limits.workspace-conversations=600/1d", "parley.rate-limits.messages=30/1d",
        "parley.rate-limits.address-messages=120/1d", "parley.rate-limits.workspace-messages=6000/1d",
        "parley.webhooks.deliver=false"})
public abstract class ThrottledIntegrationTest extends ParleyIntegrationTest {

    /** Each node of a cluster needs the same limits: a bucket belongs to one key and one limit. */
    protected static final String WIDGET_SESSIONS = "parley.rate-limits.widget-sessions=60/1d";

    private final String address = newAddress();

    /** This test's own client address, so that tests never spend each other's allowances. */
    @Override
    protected ParleyClient client() {
        return super.client().from(address);
    }

    /** A client address no other test uses (from the documentation range 198.18.0.0/15). */
    protected static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    protected ParleyClient clientFrom(String address) {
        return client().from(address);
    }
}
