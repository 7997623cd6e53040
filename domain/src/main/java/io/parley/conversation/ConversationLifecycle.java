package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Moving a conversation through its lifecycle. Each returns the conversation as stored afterwards. */
@PrimaryPort
public interface ConversationLifecycle {

    /** Claim (target is the actor), assign or transfer; the target must be an enabled agent of the workspace. */
    ConversationView assign(Actor actor, ConversationId conversation, AgentId target);

    /** Back to the human queue with nobody assigned: for its assignee, supervisors and admins. */
    ConversationView unassign(Actor actor, ConversationId conversation);

    ConversationView handOver(Actor actor, ConversationId conversation, String reason);

    ConversationView resolve(Actor actor, ConversationId conversation);

    ConversationView reopen(Actor actor, ConversationId conversation);
}
