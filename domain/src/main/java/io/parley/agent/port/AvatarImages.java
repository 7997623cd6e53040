package io.parley.agent.port;

import io.parley.agent.model.AvatarDigest;
import io.parley.agent.model.AvatarImage;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Agents' pictures, by workspace and digest. The same picture stored twice in a workspace is kept once. */
@SecondaryPort
public interface AvatarImages {

    void store(WorkspaceId workspace, AvatarImage image);

    /** The picture with this digest, in whichever workspace holds it: pictures are public. */
    Optional<AvatarImage> find(AvatarDigest digest);

    /** Deletes the workspace's picture unless an agent of the workspace still shows it. */
    void discardIfUnused(WorkspaceId workspace, AvatarDigest digest);
}
