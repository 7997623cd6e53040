package io.parley.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.context.TestPropertySource;

/**
 * The tests of rate limits and sign-in throttling: the shipped defaults (which the other integration tests raise),
 * and 127.0.0.1 trusted as a proxy, so that each test can call as clients of addresses of its own.
 */
@TestPropertySource(properties = {
        "parley.http.trusted-proxies=127.0.0.1",
        "parley.security.max-failed-sign-ins-per-address=20"})
public abstract class ThrottledIntegrationTest extends ParleyIntegrationTest {

    /** A client address no other test uses (from the documentation range 198.18.0.0/15). */
    protected static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    protected ParleyClient clientFrom(String address) {
        return client().from(address);
    }
}
