package io.parley.conversation;

import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Listing a workspace's conversations for agents. */
@PrimaryPort
public interface ConversationQueries {

    Page<ConversationView> search(Actor.Agent agent, ConversationFilter filter, PageRequest page);
}
