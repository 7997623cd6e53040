package io.parley.agent.adapter.rest;

import io.parley.agent.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Bodies of the sign-in and agent administration requests. Passwords never appear in {@code toString()}. */
final class AgentRequests {

    static final int MAX_EMAIL = 320;
    static final int MAX_NAME = 120;
    // bcrypt reads 72 bytes; the hashing adapter checks bytes, this keeps the obvious cases out early
    static final int MAX_NEW_PASSWORD = 72;

    private AgentRequests() {}

    record LoginRequest(@NotBlank @Size(max = MAX_EMAIL) String email, @NotBlank @Size(max = 1024) String password) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=***]";
        }
    }

    /** {@code role} defaults to AGENT. */
    record RegisterAgentRequest(@NotBlank @Size(max = MAX_EMAIL) String email,
                                @NotBlank @Size(max = MAX_NAME) String displayName, @Nullable Role role,
                                @NotBlank @Size(max = MAX_NEW_PASSWORD) String password) {
        @Override
        public String toString() {
            return "RegisterAgentRequest[email=" + email + ", role=" + role + ", password=***]";
        }
    }

    /** Fields left out stay as they are. */
    record UpdateAgentRequest(@Nullable @Size(min = 1, max = MAX_NAME) String displayName, @Nullable Role role,
                  @Nullable Boolean enabled, @Nullable @Size(min = 1, max = MAX_NEW_PASSWORD) String password) {
        @Override
        public String toString() {
            return "UpdateAgentRequest[displayName=" + displayName + ", role=" + role + ", enabled=" + enabled + "]";
        }
    }
}
