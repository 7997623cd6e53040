package io.parley.conversation.adapter.rest;

import io.parley.channel.ChannelType;
import io.parley.conversation.Actor;
import io.parley.conversation.ChannelDeliveries;
import io.parley.conversation.DeliveryState;
import io.parley.conversation.DeliveryView;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents reading how the replies of a conversation went out through its channel (queued, sent, retrying, failed with
 * the channel's reason), and trying a failed one again. See docs/channels.md.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/conversations/{id}/deliveries")
@Tag(name = "Conversations")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ChannelDeliveryController {

    record DeliveryResponse(String messageId, ChannelType channel, DeliveryState state, int attempts,
                            @Nullable String reason, @Nullable Instant nextAttemptAt,
                            @Nullable String platformMessageId, Instant updatedAt) {

        static DeliveryResponse of(DeliveryView view) {
            return new DeliveryResponse(view.messageId().toString(), view.channel(), view.state(), view.attempts(),
                    view.reason(), view.nextAttemptAt(), view.platformMessageId(), view.updatedAt());
        }
    }

    private final ChannelDeliveries deliveries;

    ChannelDeliveryController(ChannelDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(summary = "The delivery state of each reply that went out through the conversation's channel, in"
            + " message order; empty for a web-widget conversation")
    ItemsResponse<DeliveryResponse> list(Actor.Agent agent, @PathVariable String id) {
        return new ItemsResponse<>(deliveries.of(agent, ConversationId.parse(id)).stream()
                .map(DeliveryResponse::of).toList());
    }

    @PostMapping("/{messageId}/retry")
    @Operation(summary = "Try a failed delivery again at once",
            description = "404 delivery.not-found when the message has no delivery in this conversation; 409"
                    + " delivery.not-failed when it has not failed.")
    DeliveryResponse retry(Actor.Agent agent, @PathVariable String id, @PathVariable String messageId) {
        return DeliveryResponse.of(deliveries.retry(agent, ConversationId.parse(id), MessageId.parse(messageId)));
    }
}
