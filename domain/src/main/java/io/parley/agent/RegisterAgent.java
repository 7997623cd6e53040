package io.parley.agent;

import io.parley.shared.WorkspaceId;

public record RegisterAgent(WorkspaceId workspace, String email, String displayName, Role role, String password) {

    public static final int MIN_PASSWORD = 10;

    @Override
    public String toString() {
        return "RegisterAgent[" + workspace + ", " + email + ", " + role + ", password=***]";
    }
}
