package io.parley.conversation.port;

import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.model.OutboundDelivery;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The deliveries of outgoing messages through channels: an outbox written with the message, and its states. */
@SecondaryPort
public interface OutboundDeliveries {

    /** A due delivery with the message it sends. */
    record DueSend(OutboundDelivery delivery, OutgoingMessage message) {}

    /** Records a new delivery (in the caller's transaction); a second one for the same message is not recorded. */
    void enqueue(OutboundDelivery delivery, OutgoingMessage message);

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now} for this node until {@code leaseUntil} (after
     * which another node may take one whose attempt never ended), oldest first.
     */
    List<DueSend> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Stores the delivery's new state. */
    void save(OutboundDelivery delivery);

    /** The conversation's deliveries in message order. */
    List<OutboundDelivery> ofConversation(WorkspaceId workspace, ConversationId conversation);

    Optional<OutboundDelivery> find(WorkspaceId workspace, ConversationId conversation, MessageId message);
}
