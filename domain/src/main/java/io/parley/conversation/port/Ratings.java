package io.parley.conversation.port;

import io.parley.conversation.model.Rating;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Conversations' satisfaction ratings. */
@SecondaryPort
public interface Ratings {

    Optional<Rating> find(WorkspaceId workspace, ConversationId conversation);

    void save(Rating rating);
}
