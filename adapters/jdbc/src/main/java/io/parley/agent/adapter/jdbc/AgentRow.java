package io.parley.agent.adapter.jdbc;

import io.parley.agent.Role;
import io.parley.agent.model.Agent;
import io.parley.agent.model.AvatarDigest;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.PasswordHash;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("agent")
record AgentRow(@Id UUID id, UUID workspaceId, String email, String displayName, Role role, String passwordHash,
                boolean enabled, @Nullable String avatarDigest, Instant createdAt) {

    static AgentRow of(Agent agent) {
        return new AgentRow(agent.getId().value(), agent.workspaceId().value(), agent.email().value(),
                agent.displayName(), agent.role(), agent.passwordHash().value(), agent.enabled(),
                agent.avatar() == null ? null : agent.avatar().value(), agent.createdAt());
    }

    Agent toAgent() {
        return new Agent(new AgentId(id), new WorkspaceId(workspaceId), new EmailAddress(email), displayName, role,
                new PasswordHash(passwordHash), enabled,
                avatarDigest == null ? null : new AvatarDigest(avatarDigest), createdAt);
    }
}
