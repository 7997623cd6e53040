package io.parley.agent;

/** What an agent may do: admins manage the workspace, supervisors reassign anyone's conversations, agents answer. */
public enum Role {
    ADMIN, SUPERVISOR, AGENT;

    public boolean canAdminister() {
        return this == ADMIN;
    }

    public boolean canReassign() {
        return this == ADMIN || this == SUPERVISOR;
    }

    /** Shared canned replies speak for the whole team, so only those who lead it write them. */
    public boolean canManageSharedReplies() {
        return this == ADMIN || this == SUPERVISOR;
    }
}
