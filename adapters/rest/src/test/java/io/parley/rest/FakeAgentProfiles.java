package io.parley.rest;

import io.parley.agent.AgentProfiles;
import io.parley.agent.AgentView;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.AvatarFile;
import io.parley.agent.PublicProfile;
import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Pictures kept as uploaded, under a digest the test chooses; counts what reached it. */
@Component
class FakeAgentProfiles implements AgentProfiles {

    final Map<String, AvatarFile> files = new ConcurrentHashMap<>();
    final AtomicInteger uploads = new AtomicInteger();

    @Override
    public AgentView rename(AuthenticatedAgent editor, AgentId agent, String displayName) {
        return view(agent, displayName, null);
    }

    @Override
    public AgentView changeAvatar(AuthenticatedAgent editor, AgentId agent, byte[] picture) {
        uploads.incrementAndGet();
        if (!editor.agentId().equals(agent) && editor.role() != Role.ADMIN) {
            throw DomainException.forbidden("agent.profile-forbidden", "only admins edit colleagues");
        }
        return view(agent, "Alan Agent", PublicProfile.avatarUrl("0".repeat(64)));
    }

    @Override
    public AgentView removeAvatar(AuthenticatedAgent editor, AgentId agent) {
        return view(agent, "Alan Agent", null);
    }

    @Override
    public Optional<AvatarFile> avatar(String digest) {
        return Optional.ofNullable(files.get(digest));
    }

    @Override
    public Map<AgentId, PublicProfile> publicProfiles(WorkspaceId workspace, Collection<AgentId> agents) {
        return Map.of();
    }

    private static AgentView view(AgentId agent, String name, String avatarUrl) {
        return new AgentView(agent, Fixtures.WORKSPACE, "agent@example.com", name, Role.AGENT, true, avatarUrl,
                Fixtures.NOW);
    }
}
