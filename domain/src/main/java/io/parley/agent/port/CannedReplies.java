package io.parley.agent.port;

import io.parley.agent.CannedReplyId;
import io.parley.agent.model.CannedReply;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where canned replies are kept, per workspace. Saving one whose shortcut its scope (for a personal one: its owner)
 * has already refuses it with {@code canned.shortcut-taken}.
 */
@SecondaryPort
public interface CannedReplies {

    Optional<CannedReply> findById(WorkspaceId workspace, CannedReplyId id);

    /** The workspace's shared replies and the agent's personal ones. */
    List<CannedReply> findVisibleTo(WorkspaceId workspace, AgentId agent);

    /** How many replies the scope of {@code reply} holds: the workspace's shared ones or its owner's. */
    int countAlike(CannedReply reply);

    CannedReply save(CannedReply reply);

    void delete(WorkspaceId workspace, CannedReplyId id);
}
