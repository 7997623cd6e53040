package io.parley.conversation.port;

import io.parley.conversation.ConversationTag;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The tags of each conversation, scoped to its workspace. */
@SecondaryPort
public interface ConversationTags {

    /** Sorted by tag. */
    List<ConversationTag> find(WorkspaceId workspace, ConversationId conversation);

    void add(WorkspaceId workspace, ConversationId conversation, ConversationTag tag);

    void remove(WorkspaceId workspace, ConversationId conversation, ConversationTag tag);
}
