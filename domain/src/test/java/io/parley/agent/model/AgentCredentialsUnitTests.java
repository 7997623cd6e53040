package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.agent.SignIn;
import io.parley.agent.UpdateAgent;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords, hashes and lock-out settings: what must never leak and what must be sane. */
class AgentCredentialsUnitTests {

    private static final String SECRET = "correct horse battery staple";

    @Test
    void commandsNeverPrintThePassword() {
        var workspace = WorkspaceId.random();

        assertThat(new SignIn("ada@example.com", SECRET, "203.0.113.7").toString()).doesNotContain(SECRET).contains("ada@example.com");
        assertThat(new RegisterAgent(workspace, "ada@example.com", "Ada", Role.AGENT, SECRET).toString())
                .doesNotContain(SECRET);
        assertThat(new UpdateAgent(workspace, AgentId.random(), "Ada", null, null, SECRET).toString())
                .doesNotContain(SECRET);
    }

    @Test
    void passwordHashNeverPrintsItsValue() {
        assertThat(new PasswordHash("$2a$10$abcdefghijklmnopqrstuv").toString()).doesNotContain("$2a$");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsEmptyPasswordHash(String value) {
        assertThatThrownBy(() -> new PasswordHash(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionIsValidUntilItExpires() {
        var issued = Instant.parse("2026-01-05T09:00:00Z");
        var session = new AgentSession("hash", AgentId.random(), WorkspaceId.random(), Role.AGENT, issued,
                issued.plusSeconds(60));

        assertThat(session.isValidAt(issued)).isTrue();
        assertThat(session.isValidAt(issued.plusSeconds(59))).isTrue();
        assertThat(session.isValidAt(issued.plusSeconds(60))).isFalse();
    }

    @Test
    void onlyAdminsAdministerAndSupervisorsAlsoReassign() {
        assertThat(Role.ADMIN.canAdminister()).isTrue();
        assertThat(Role.SUPERVISOR.canAdminister()).isFalse();
        assertThat(Role.AGENT.canAdminister()).isFalse();
        assertThat(Role.ADMIN.canReassign()).isTrue();
        assertThat(Role.SUPERVISOR.canReassign()).isTrue();
        assertThat(Role.AGENT.canReassign()).isFalse();
    }
}
