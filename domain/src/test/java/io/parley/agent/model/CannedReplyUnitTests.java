package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.CannedReplyScope;
import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CannedReplyUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final AgentId MEI = AgentId.random();
    private static final AgentId LI = AgentId.random();

    @ParameterizedTest
    @ValueSource(strings = {"refund", "/Refund", "退款", "ship-eu", "v2.1", "a_b"})
    void acceptsShortcutsOfLettersDigitsAndPunctuationInLowerCase(String text) {
        var shortcut = new Shortcut(text);

        assertThat(shortcut.value()).isEqualTo(shortcut.value().toLowerCase()).doesNotStartWith("/");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"two words", "-dash", "<b>", "/", "123456789012345678901234567890123", "tab\there"})
    void refusesOtherShortcuts(String text) {
        assertThatThrownBy(() -> new Shortcut(text)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("canned.invalid-shortcut");
    }

    @Test
    void onlyAdminsAndSupervisorsWriteSharedReplies() {
        assertThat(CannedReply.write(WORKSPACE, MEI, Role.SUPERVISOR, CannedReplyScope.SHARED, new Shortcut("hi"),
                "Hello", NOW).owner()).isNull();
        assertThatThrownBy(() -> CannedReply.write(WORKSPACE, MEI, Role.AGENT, CannedReplyScope.SHARED,
                new Shortcut("hi"), "Hello", NOW)).extracting("code").isEqualTo("canned.forbidden");
    }

    @Test
    void aPersonalReplyIsVisibleToAndEditableByItsOwnerOnly() {
        var reply = CannedReply.write(WORKSPACE, MEI, Role.AGENT, CannedReplyScope.PERSONAL, new Shortcut("hi"),
                "Hello", NOW);

        assertThat(reply.owner()).isEqualTo(MEI);
        assertThat(reply.isVisibleTo(MEI)).isTrue();
        assertThat(reply.isVisibleTo(LI)).isFalse();
        assertThat(reply.isEditableBy(LI, Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> reply.revise(LI, Role.ADMIN, null, "Hijacked", NOW))
                .extracting("code").isEqualTo("canned.forbidden");
        assertThat(reply.text()).isEqualTo("Hello");
    }

    @Test
    void aRefusedRevisionLeavesTheReplyAsItWas() {
        var reply = CannedReply.write(WORKSPACE, MEI, Role.ADMIN, CannedReplyScope.SHARED, new Shortcut("hi"),
                "Hello", NOW);

        assertThatThrownBy(() -> reply.revise(MEI, Role.ADMIN, new Shortcut("hey"), "x".repeat(4001),
                NOW.plusSeconds(1))).extracting("code").isEqualTo("canned.invalid-text");

        assertThat(reply.shortcut().value()).isEqualTo("hi");
        assertThat(reply.updatedAt()).isEqualTo(NOW);
    }
}
