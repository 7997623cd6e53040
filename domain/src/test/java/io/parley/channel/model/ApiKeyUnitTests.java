package io.parley.channel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anIssuedKeyKeepsOnlyTheHashAndAPrefixOfItsSecret() {
        var issued = ApiKey.issue(WorkspaceId.random(), InboxId.random(), " Backend ", NOW);

        assertThat(issued.secret()).matches("pk_[A-Za-z0-9_-]{43}");
        assertThat(ApiKey.wellFormed(issued.secret())).isTrue();
        assertThat(issued.key().name()).isEqualTo("Backend");
        assertThat(issued.key().prefix()).isEqualTo(issued.secret().substring(0, 11));
        assertThat(issued.key().secretHash()).isEqualTo(ApiKey.hash(issued.secret())).hasSize(64)
                .doesNotContain(issued.secret().substring(3));
        assertThat(ApiKey.issue(WorkspaceId.random(), InboxId.random(), "x", NOW).secret())
                .isNotEqualTo(issued.secret());
    }

    @Test
    void rotatingReplacesTheHashAndARevokedKeyCannotBeRotated() {
        var issued = ApiKey.issue(WorkspaceId.random(), InboxId.random(), "Backend", NOW);
        ApiKey key = issued.key();

        String fresh = key.rotate(NOW.plusSeconds(5));

        assertThat(key.secretHash()).isEqualTo(ApiKey.hash(fresh)).isNotEqualTo(ApiKey.hash(issued.secret()));
        assertThat(key.rotatedAt()).isEqualTo(NOW.plusSeconds(5));
        key.revoke(NOW.plusSeconds(6));
        key.revoke(NOW.plusSeconds(7));
        assertThat(key.revokedAt()).isEqualTo(NOW.plusSeconds(6));
        assertThatThrownBy(() -> key.rotate(NOW.plusSeconds(8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("channel.api-key-revoked"));
        assertThat(key.secretHash()).isEqualTo(ApiKey.hash(fresh));
    }

    @Test
    void namesAndSecretFormsAreChecked() {
        assertThatThrownBy(() -> ApiKey.issue(WorkspaceId.random(), InboxId.random(), " ", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("channel.invalid-api-key-name"));
        assertThatThrownBy(() -> ApiKey.issue(WorkspaceId.random(), InboxId.random(), "n".repeat(81), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("channel.invalid-api-key-name"));
        assertThat(ApiKey.wellFormed(null)).isFalse();
        assertThat(ApiKey.wellFormed("pk_" + "a".repeat(42))).isFalse();
        assertThat(ApiKey.wellFormed("wk_" + "a".repeat(43))).isFalse();
        assertThat(ApiKey.wellFormed("pk_" + "a".repeat(42) + "=")).isFalse();
    }
}
