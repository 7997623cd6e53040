package io.parley.agent.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.model.PasswordHash;
import io.parley.agent.port.PasswordHashing.IssuedToken;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class BCryptPasswordHashingTests {

    // the lowest strength bcrypt allows keeps the suite fast; the production default is 10
    private final BCryptPasswordHashing hashing = new BCryptPasswordHashing(new AgentSecurityProperties(4));

    @Test
    void acceptsThePasswordItHashedAndNoOther() {
        PasswordHash hash = hashing.hash("correct horse battery staple");

        assertThat(hashing.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hashing.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(hash.value()).doesNotContain("correct horse").startsWith("$2a$04$");
    }

    @Test
    void saltsEveryHash() {
        assertThat(hashing.hash("same password here").value()).isNotEqualTo(hashing.hash("same password here").value());
    }

    @Test
    void usesTheConfiguredStrength() {
        var strong = new BCryptPasswordHashing(new AgentSecurityProperties(5));

        assertThat(strong.hash("another password").value()).startsWith("$2a$05$");
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        String tooLong = "é".repeat(37); // 74 bytes in UTF-8, only 37 characters

        assertThatThrownBy(() -> hashing.hash(tooLong))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agent.password-too-long"));
    }

    @Test
    void doesNotMatchAnOverlongPasswordSharingTheFirst72Bytes() {
        String stored = "a".repeat(72);
        PasswordHash hash = hashing.hash(stored);

        assertThat(hashing.matches(stored + "b", hash)).isFalse();
    }

    @Test
    void treatsAMalformedStoredHashAsNoMatch() {
        assertThat(hashing.matches("whatever password", new PasswordHash("not-a-bcrypt-hash"))).isFalse();
    }

    @Test
    void issuesPrefixedRandomTokensStoredUnderTheirHash() {
        IssuedToken first = hashing.newToken();
        IssuedToken second = hashing.newToken();

        assertThat(first.token()).startsWith("pt_").hasSize(3 + 43).matches("pt_[A-Za-z0-9_-]{43}");
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(first.hash()).isEqualTo(hashing.hashToken(first.token())).hasSize(64);
    }

    @Test
    void hashesTokensWithSha256Hex() {
        assertThat(hashing.hashToken("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void rejectsAStrengthBcryptCannotUse() {
        assertThatThrownBy(() -> new AgentSecurityProperties(3))
                .hasMessageContaining("bcrypt-strength");
    }
}
