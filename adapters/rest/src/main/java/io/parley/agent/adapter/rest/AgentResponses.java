package io.parley.agent.adapter.rest;

import io.parley.agent.AgentView;
import io.parley.agent.Role;
import java.time.Instant;

/** How agents appear in answers. */
final class AgentResponses {

    private AgentResponses() {}

    /** The signed-in agent, as the console needs it. */
    record AgentSummary(String id, String workspaceId, String email, String displayName, Role role) {

        static AgentSummary of(AgentView view) {
            return new AgentSummary(view.id().toString(), view.workspaceId().toString(), view.email(),
                    view.displayName(), view.role());
        }
    }

    /** An agent as administrators manage it. */
    record AgentResponse(String id, String workspaceId, String email, String displayName, Role role, boolean enabled,
                         Instant createdAt) {

        static AgentResponse of(AgentView view) {
            return new AgentResponse(view.id().toString(), view.workspaceId().toString(), view.email(),
                    view.displayName(), view.role(), view.enabled(), view.createdAt());
        }
    }

    record LoginResponse(String token, Instant expiresAt, AgentSummary agent) {}
}
