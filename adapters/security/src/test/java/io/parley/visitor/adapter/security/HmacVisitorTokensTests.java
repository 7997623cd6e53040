package io.parley.visitor.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacVisitorTokensTests {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private final HmacVisitorTokens tokens = new HmacVisitorTokens(key("first secret, at least thirty-two bytes long"));
    private final VisitorClaims claims = new VisitorClaims(WorkspaceId.random(), InboxId.random(), VisitorId.random(),
            NOW.plus(Duration.ofDays(30)));

    @Test
    void verifiesWhatItSigned() {
        String token = tokens.sign(claims);

        assertThat(token).startsWith("v1.").hasSizeLessThan(130);
        assertThat(tokens.verify(token, NOW)).contains(claims);
    }

    @Test
    void keepsTheExpiryToTheMillisecond() {
        VisitorClaims precise = new VisitorClaims(WorkspaceId.random(), InboxId.random(), VisitorId.random(),
                Instant.parse("2025-06-02T10:00:00.123Z"));

        assertThat(tokens.verify(tokens.sign(precise), NOW)).map(VisitorClaims::expiresAt).contains(precise.expiresAt());
    }

    @Test
    void rejectsAnAlteredVersion() {
        String token = tokens.sign(claims);

        assertThat(tokens.verify("v2" + token.substring(2), NOW)).isEmpty();
    }

    @Test
    void rejectsAnAlteredPayloadAtEveryPosition() {
        String token = tokens.sign(claims);
        String[] parts = token.split("\\.");
        for (int i = 0; i < parts[1].length(); i++) {
            String altered = parts[0] + "." + alter(parts[1], i) + "." + parts[2];
            assertThat(tokens.verify(altered, NOW)).as("payload altered at %d", i).isEmpty();
        }
    }

    @Test
    void rejectsAnAlteredMacAtEveryPosition() {
        String token = tokens.sign(claims);
        String[] parts = token.split("\\.");
        for (int i = 0; i < parts[2].length(); i++) {
            String altered = parts[0] + "." + parts[1] + "." + alter(parts[2], i);
            assertThat(tokens.verify(altered, NOW)).as("mac altered at %d", i).isEmpty();
        }
    }

    @Test
    void rejectsAPayloadFromAnotherTokenUnderThisMac() {
        String[] mine = tokens.sign(claims).split("\\.");
        String[] other = tokens.sign(new VisitorClaims(claims.workspaceId(), claims.inboxId(), VisitorId.random(),
                claims.expiresAt())).split("\\.");

        assertThat(tokens.verify(mine[0] + "." + other[1] + "." + mine[2], NOW)).isEmpty();
    }

    @Test
    void rejectsATokenFromTheMomentItExpires() {
        String token = tokens.sign(claims);

        assertThat(tokens.verify(token, claims.expiresAt().minusMillis(1))).isPresent();
        assertThat(tokens.verify(token, claims.expiresAt())).isEmpty();
        assertThat(tokens.verify(token, claims.expiresAt().plusSeconds(1))).isEmpty();
    }

    @Test
    void rejectsATokenSignedWithAnotherSecret() {
        var other = new HmacVisitorTokens(key("second secret, at least thirty-two bytes long"));

        assertThat(other.verify(tokens.sign(claims), NOW)).isEmpty();
        assertThat(tokens.verify(other.sign(claims), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "v1..", "v1", "v1.abc", "v1.abc.def.ghi", "v1.!!!!.????", "pt_abcdef",
            "v1.AAAA.AAAA"})
    void rejectsMalformedTokens(String token) {
        assertThat(tokens.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsPaddingAndOverlongTokens() {
        String token = tokens.sign(claims);

        assertThat(tokens.verify(token + "=", NOW)).isEmpty();
        assertThat(tokens.verify(token + "A".repeat(300), NOW)).isEmpty();
        assertThat(tokens.verify(" " + token, NOW)).isEmpty();
    }

    /** Replaces one base64url character by another valid one, so decoding still succeeds. */
    private static String alter(String text, int index) {
        char replacement = text.charAt(index) == 'A' ? 'B' : 'A';
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }

    private static byte[] key(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
