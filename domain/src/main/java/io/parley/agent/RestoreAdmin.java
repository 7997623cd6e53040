package io.parley.agent;

import io.parley.shared.WorkspaceId;

/** Makes {@code email} an enabled admin with {@code password}; {@code workspace} is where a new one is created. */
public record RestoreAdmin(WorkspaceId workspace, String email, String password) {

    @Override
    public String toString() {
        return "RestoreAdmin[" + workspace + ", " + email + "]";
    }
}
