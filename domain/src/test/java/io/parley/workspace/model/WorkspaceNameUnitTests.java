package io.parley.workspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceNameUnitTests {

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(new WorkspaceName("  Acme Support \n").value()).isEqualTo("Acme Support");
    }

    @Test
    void acceptsOneHundredTwentyCharacters() {
        assertThat(new WorkspaceName("x".repeat(WorkspaceName.MAX_LENGTH)).value()).hasSize(120);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsBlankName(String name) {
        assertThatThrownBy(() -> new WorkspaceName(name))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workspace.invalid-name"));
    }

    @Test
    void rejectsNameLongerThanOneHundredTwentyCharacters() {
        assertThatThrownBy(() -> new WorkspaceName("x".repeat(WorkspaceName.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workspace.invalid-name"));
    }
}
