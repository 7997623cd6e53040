package io.parley.agent.application;

import io.parley.agent.AgentProfiles;
import io.parley.agent.AgentView;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.AvatarFile;
import io.parley.agent.PublicProfile;
import io.parley.agent.model.Agent;
import io.parley.agent.model.AvatarDigest;
import io.parley.agent.model.AvatarImage;
import io.parley.agent.port.Agents;
import io.parley.agent.port.AvatarImages;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgentProfileService implements AgentProfiles {

    private final Agents agents;
    private final AvatarImages images;

    AgentProfileService(Agents agents, AvatarImages images) {
        this.agents = agents;
        this.images = images;
    }

    @Override
    @Transactional
    public AgentView rename(AuthenticatedAgent editor, AgentId agent, String displayName) {
        Agent edited = editable(editor, agent);
        edited.rename(displayName);
        return AgentAdministrationService.view(agents.save(edited));
    }

    @Override
    @Transactional
    public AgentView changeAvatar(AuthenticatedAgent editor, AgentId agent, byte[] picture) {
        Agent edited = editable(editor, agent);
        AvatarImage image = AvatarImage.of(picture);
        images.store(edited.workspaceId(), image);
        AvatarDigest replaced = edited.changeAvatar(image.digest());
        agents.save(edited);
        if (replaced != null && !replaced.equals(image.digest())) {
            images.discardIfUnused(edited.workspaceId(), replaced);
        }
        return AgentAdministrationService.view(edited);
    }

    @Override
    @Transactional
    public AgentView removeAvatar(AuthenticatedAgent editor, AgentId agent) {
        Agent edited = editable(editor, agent);
        AvatarDigest removed = edited.removeAvatar();
        agents.save(edited);
        if (removed != null) {
            images.discardIfUnused(edited.workspaceId(), removed);
        }
        return AgentAdministrationService.view(edited);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AvatarFile> avatar(String digest) {
        if (!AvatarDigest.isWellFormed(digest)) {
            return Optional.empty();
        }
        return images.find(new AvatarDigest(digest)).map(image -> new AvatarFile(image.format().mediaType(),
                image.format().extension(), image.digest().value(), image.bytes()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AgentId, PublicProfile> publicProfiles(WorkspaceId workspace, Collection<AgentId> ids) {
        return agents.findByIds(workspace, ids).stream().collect(Collectors.toMap(Agent::getId,
                agent -> new PublicProfile(agent.displayName(), AgentAdministrationService.avatarUrl(agent))));
    }

    /** Another workspace's agent is not found; a colleague's profile is for admins only. */
    private Agent editable(AuthenticatedAgent editor, AgentId target) {
        Agent agent = agents.findById(editor.workspaceId(), target)
                .orElseThrow(() -> DomainException.notFound("agent.not-found", "there is no such agent in your workspace"));
        if (!editor.agentId().equals(target) && !editor.role().canAdminister()) {
            throw DomainException.forbidden("agent.profile-forbidden",
                    "only an administrator may change a colleague's name or picture; you may change your own");
        }
        return agent;
    }
}
