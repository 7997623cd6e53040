package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionUnitTests {

    @Test
    void factoriesCarryKindCodeAndMessage() {
        assertThat(DomainException.invalid("a.b", "m")).extracting(DomainException::kind, DomainException::code, Throwable::getMessage)
                .containsExactly(DomainException.Kind.INVALID, "a.b", "m");
        assertThat(DomainException.notFound("c", "m").kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(DomainException.conflict("c", "m").kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(DomainException.forbidden("c", "m").kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(DomainException.unauthenticated("c", "m").kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED);
    }
}
