package io.parley.conversation;

import io.parley.shared.ConversationId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Agents tagging the conversations of their workspace; each call answers the conversation's tags, sorted. */
@PrimaryPort
public interface ConversationTagging {

    List<ConversationTag> tags(Actor.Agent agent, ConversationId conversation);

    /** Adding a tag the conversation already has changes nothing. */
    List<ConversationTag> add(Actor.Agent agent, ConversationId conversation, ConversationTag tag);

    List<ConversationTag> remove(Actor.Agent agent, ConversationId conversation, ConversationTag tag);
}
