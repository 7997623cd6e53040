package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Moving a conversation through its lifecycle. Each returns the conversation as stored afterwards. */
@PrimaryPort
public interface ConversationLifecycle {

    /** Claim (target is the actor), assign or transfer; the target must be an enabled agent of the workspace. */
    ConversationView assign(Actor actor, ConversationId conversation, AgentId target);

    /** Back to the human queue with nobody assigned: for its assignee, supervisors and admins. */
    ConversationView unassign(Actor actor, ConversationId conversation);

    /**
     * The bot steps back and the conversation waits for a person. Staff give a reason (none: "requested"); a visitor
     * may ask for a person in their own conversation, and the reason is then always "visitor-asked".
     */
    ConversationView handOver(Actor actor, ConversationId conversation, @Nullable String reason);

    ConversationView resolve(Actor actor, ConversationId conversation);

    ConversationView reopen(Actor actor, ConversationId conversation);
}
