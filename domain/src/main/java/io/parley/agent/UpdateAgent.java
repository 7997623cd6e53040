package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** Changes to an agent; a null field stays as it is. */
public record UpdateAgent(WorkspaceId workspace, AgentId agent, @Nullable String displayName, @Nullable Role role,
                          @Nullable Boolean enabled, @Nullable String password) {

    @Override
    public String toString() {
        return "UpdateAgent[" + agent + ", " + displayName + ", " + role + ", " + enabled + "]";
    }
}
