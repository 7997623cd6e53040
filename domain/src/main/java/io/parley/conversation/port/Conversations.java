package io.parley.conversation.port;

import io.parley.conversation.ConversationFilter;
import io.parley.conversation.model.Conversation;
import io.parley.shared.ConversationId;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

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

    /**
     * Conversations of every workspace changed at or after {@code since}, by id, the first {@code limit} after
     * {@code afterId} (none: from the start). Not scoped to a workspace: a node catching its own clients up after an
     * interruption of the cluster bus asks for all of them, and hands each only to the clients allowed to see it.
     */
    List<Conversation> changedSince(Instant since, @Nullable ConversationId afterId, int limit);
}
