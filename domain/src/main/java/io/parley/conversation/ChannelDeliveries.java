package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What agents see of the replies going out through a conversation's channel, and trying a failed one again. */
@PrimaryPort
public interface ChannelDeliveries {

    /**
     * The deliveries of the conversation's outgoing messages, in message order; empty for a conversation whose
     * channel delivers nothing itself (the web widget). {@code conversation.not-found} for one the agent may not see.
     */
    List<DeliveryView> of(Actor.Agent agent, ConversationId conversation);

    /**
     * Makes a FAILED delivery due again at once, at the start of its schedule. {@code delivery.not-found} when the
     * message has no delivery in this conversation, {@code delivery.not-failed} when it has not failed.
     */
    DeliveryView retry(Actor.Agent agent, ConversationId conversation, MessageId message);
}
