package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The face agents show: their display name and picture. An agent edits their own; an admin may edit anyone's in
 * their workspace. An agent of another workspace is "not found" ({@code agent.not-found}), as if it did not exist;
 * a colleague's profile edited by a non-admin is {@code agent.profile-forbidden}.
 */
@PrimaryPort
public interface AgentProfiles {

    /** The largest picture accepted: 256 KB. */
    int MAX_AVATAR_BYTES = 256 * 1024;

    /** @throws io.parley.shared.DomainException {@code agent.invalid-name}, {@code agent.not-found}, ... */
    AgentView rename(AuthenticatedAgent editor, AgentId agent, String displayName);

    /**
     * Stores the picture and shows it from now on. Nothing is stored when it is refused.
     *
     * @throws io.parley.shared.DomainException {@code agent.avatar-too-large}, {@code agent.avatar-unsupported-format},
     *         {@code agent.avatar-empty}, {@code agent.not-found}, {@code agent.profile-forbidden}
     */
    AgentView changeAvatar(AuthenticatedAgent editor, AgentId agent, byte[] picture);

    AgentView removeAvatar(AuthenticatedAgent editor, AgentId agent);

    /** A stored picture by its digest, for anyone: pictures are public like the names beside them. */
    Optional<AvatarFile> avatar(String digest);

    /** The public profiles of those of the agents that exist in the workspace. */
    Map<AgentId, PublicProfile> publicProfiles(WorkspaceId workspace, Collection<AgentId> agents);
}
