package io.parley.workspace.model;

import static io.parley.shared.Trials.forAll;
import static io.parley.shared.Trials.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An allowed origin is exactly {@code http(s)://host[:port]}: anything around it is refused. */
class AllowedOriginProperties {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String ALNUM = LETTERS + "0123456789";

    @Test
    void acceptsEverySchemeHostPortInLowerCase() {
        forAll(AllowedOriginProperties::origin, origin -> {
            var allowed = new AllowedOrigin(origin);

            assertThat(allowed.value()).isEqualTo(origin.toLowerCase(Locale.ROOT));
            assertThat(allowed.matches(origin.toLowerCase(Locale.ROOT))).isTrue();
            assertThat(allowed.matches(origin.toUpperCase(Locale.ROOT))).isTrue();
        });
    }

    @Test
    void refusesAnOriginFollowedByPathQueryOrFragment() {
        forAll(random -> origin(random) + oneOf(random, "/", "/widget", "/a/b", "?", "?x=1", "#", "#top", "/p?q#f"),
                AllowedOriginProperties::assertRefused);
    }

    @Test
    void refusesUserInformationBeforeTheHost() {
        forAll(random -> {
            String origin = origin(random);
            int hostStart = origin.indexOf("//") + 2;
            return origin.substring(0, hostStart) + oneOf(random, "user@", "user:secret@", "@") + origin.substring(hostStart);
        }, AllowedOriginProperties::assertRefused);
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        forAll(random -> {
            String origin = origin(random);
            return oneOf(random, "ftp", "ws", "wss", "file", "httpx", "data") + origin.substring(origin.indexOf("://"));
        }, AllowedOriginProperties::assertRefused);
    }

    @Test
    void refusesAHostWithoutScheme() {
        forAll(random -> host(random) + port(random), AllowedOriginProperties::assertRefused);
    }

    @Test
    void doesNotMatchAnyOtherOrigin() {
        forAll(random -> new String[] {origin(random), origin(random)}, pair -> {
            if (!pair[0].equalsIgnoreCase(pair[1])) {
                assertThat(new AllowedOrigin(pair[0]).matches(pair[1])).isFalse();
            }
        });
    }

    @Test
    void refusesPortsNoBrowserSends() {
        forAll(random -> oneOf(random, "http", "https") + "://" + host(random) + ":"
                        + oneOf(random, "", "0", String.valueOf(65536 + random.nextInt(900_000))),
                AllowedOriginProperties::assertRefused);
    }

    private static void assertRefused(String raw) {
        assertThatThrownBy(() -> new AllowedOrigin(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workspace.invalid-origin"));
    }

    static String origin(SplittableRandom random) {
        String origin = oneOf(random, "http", "https") + "://" + host(random) + port(random);
        return random.nextInt(4) == 0 ? mixCase(random, origin) : origin;
    }

    private static String port(SplittableRandom random) {
        return random.nextBoolean() ? "" : ":" + random.nextInt(1, 65536);
    }

    private static String host(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
            case 1 -> "localhost";
            default -> {
                var name = new StringBuilder();
                int labels = random.nextInt(4);
                for (int i = 0; i < labels; i++) {
                    name.append(label(random, ALNUM)).append('.');
                }
                yield name.append(label(random, LETTERS)).toString();
            }
        };
    }

    /** A DNS label: letters, digits and inner hyphens; {@code first} says what it may start with. */
    private static String label(SplittableRandom random, String first) {
        var label = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
        int more = random.nextInt(12);
        for (int i = 0; i < more; i++) {
            boolean last = i == more - 1;
            label.append(!last && random.nextInt(6) == 0 ? '-' : ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return label.toString();
    }

    private static String mixCase(SplittableRandom random, String text) {
        var mixed = new StringBuilder();
        text.chars().forEach(c -> mixed.append((char) (random.nextBoolean() ? Character.toUpperCase(c) : c)));
        return mixed.toString();
    }
}
