package io.parley.conversation;

import io.parley.shared.ConversationId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Starting conversations and posting and reading messages. Every call is made on behalf of an {@link Actor}; a
 * conversation the actor may not see answers {@code conversation.not-found}, like one that does not exist.
 */
@PrimaryPort
public interface ConversationMessaging {

    /** A visitor opens a new conversation in the inbox they came through. */
    ConversationView start(Actor.Visitor visitor);

    /**
     * Stores the message with the conversation's next sequence number and returns once it is committed; then
     * notifies connected recipients. A repeated client message id returns the stored message, marked duplicate.
     */
    Posted post(PostMessage command);

    /** Messages in sequence order; internal notes only for agents. */
    List<MessageView> history(Actor actor, ConversationId conversation, HistoryQuery query);

    ConversationView get(Actor actor, ConversationId conversation);

    /** The visitor's own conversations, newest first. */
    List<ConversationView> ofVisitor(Actor.Visitor visitor);
}
