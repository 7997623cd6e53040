package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Listing a workspace's conversations for agents. */
@PrimaryPort
public interface ConversationQueries {

    Page<ConversationView> search(Actor.Agent agent, ConversationFilter filter, PageRequest page);

    /** The newest message other than an internal note of each of these conversations of the agent's workspace. */
    Map<ConversationId, LastMessage> lastMessages(Actor.Agent agent, Collection<ConversationId> conversations);
}
