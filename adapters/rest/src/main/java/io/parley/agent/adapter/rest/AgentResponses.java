package io.parley.agent.adapter.rest;

import io.parley.agent.AgentView;
import io.parley.agent.PresenceStatus;
import io.parley.agent.PresenceView;
import io.parley.agent.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How agents appear in answers. */
final class AgentResponses {

    private AgentResponses() {}

    /** The signed-in agent, as the console needs it. */
    record AgentSummary(String id, String workspaceId, String email, String displayName, Role role,
                        @Nullable String avatarUrl) {

        static AgentSummary of(AgentView view) {
            return new AgentSummary(view.id().toString(), view.workspaceId().toString(), view.email(),
                    view.displayName(), view.role(), view.avatarUrl());
        }
    }

    /** An agent as administrators manage it; {@code avatarUrl} is a path on this server, absent without a picture. */
    record AgentResponse(String id, String workspaceId, String email, String displayName, Role role, boolean enabled,
                         @Nullable String avatarUrl, Instant createdAt) {

        static AgentResponse of(AgentView view) {
            return new AgentResponse(view.id().toString(), view.workspaceId().toString(), view.email(),
                    view.displayName(), view.role(), view.enabled(), view.avatarUrl(), view.createdAt());
        }
    }

    /** A colleague in the console's presence list: no e-mail address, which the list does not need. */
    record PresenceResponse(String agentId, String displayName, @Nullable String avatarUrl, PresenceStatus status) {

        static PresenceResponse of(PresenceView view) {
            return new PresenceResponse(view.agentId().toString(), view.displayName(), view.avatarUrl(),
                    view.status());
        }
    }

    record LoginResponse(String token, Instant expiresAt, AgentSummary agent) {}
}
