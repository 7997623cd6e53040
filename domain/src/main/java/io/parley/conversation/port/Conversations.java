package io.parley.conversation.port;

import io.parley.conversation.ConversationFilter;
import io.parley.conversation.model.Conversation;
import io.parley.shared.ConversationId;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where conversations are kept. Every lookup is scoped to a workspace, so one tenant never reaches another's rows. */
@SecondaryPort
public interface Conversations {

    Optional<Conversation> findById(WorkspaceId workspace, ConversationId id);

    /**
     * Loads the conversation and locks its row until the surrounding transaction ends, so that two messages posted
     * at once get consecutive sequence numbers instead of the same one.
     */
    Optional<Conversation> lockById(WorkspaceId workspace, ConversationId id);

    /**
     * As {@link #lockById} for several conversations at once, locked in id order so that two callers cannot deadlock.
     * Only rows of {@code workspaces} are returned; the caller still checks each row against whoever asked for it.
     */
    List<Conversation> lockAll(Collection<WorkspaceId> workspaces, Collection<ConversationId> ids);

    void insert(Conversation conversation);

    void update(Conversation conversation);

    /** As {@link #update} for several conversations, in one round trip where the store allows it. */
    void updateAll(List<Conversation> conversations);

    List<Conversation> findByVisitor(WorkspaceId workspace, VisitorId visitor);

    /** Newest activity first. */
    Page<Conversation> search(WorkspaceId workspace, ConversationFilter filter, PageRequest page);
}
