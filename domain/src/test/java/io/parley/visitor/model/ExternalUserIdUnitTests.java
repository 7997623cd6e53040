package io.parley.visitor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class ExternalUserIdUnitTests {

    @Test
    void takesIdsAsIntegratorsNameTheirUsers() {
        assertThat(new ExternalUserId("user-42").value()).isEqualTo("user-42");
        assertThat(new ExternalUserId("ada+shop@example.com").value()).isEqualTo("ada+shop@example.com");
        assertThat(new ExternalUserId("x".repeat(128)).value()).hasSize(128);
    }

    @Test
    void refusesEmptyLongAndOddIds() {
        for (String bad : new String[] {"", " ", "a b", "x".repeat(129), "<script>", "a/b", "用户"}) {
            assertThatThrownBy(() -> new ExternalUserId(bad)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("visitor.invalid-external-id"));
        }
    }
}
