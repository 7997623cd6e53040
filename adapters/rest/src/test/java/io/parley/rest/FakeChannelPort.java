package io.parley.rest;

import io.parley.channel.ApiCallbackAdministration;
import io.parley.channel.ApiCallbackTarget;
import io.parley.channel.ApiCallbackView;
import io.parley.channel.IssuedApiCallback;
import io.parley.conversation.Actor;
import io.parley.conversation.ChannelDeliveries;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.conversation.DeliveryView;
import io.parley.conversation.Posted;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** No channel sends or receives here: the channel port is tested on the whole application. */
@Component
class FakeChannelPort implements ChannelInbound, ChannelDeliveries, ApiCallbackAdministration {

    @Override
    public Posted receive(ChannelMessage message) {
        throw new UnsupportedOperationException("the API channel is not part of this test application");
    }

    @Override
    public List<DeliveryView> of(Actor.Agent agent, ConversationId conversation) {
        return List.of();
    }

    @Override
    public DeliveryView retry(Actor.Agent agent, ConversationId conversation, MessageId message) {
        throw DomainException.notFound("delivery.not-found", "no delivery in this test application");
    }

    @Override
    public Optional<ApiCallbackView> get(WorkspaceId workspace, InboxId inbox) {
        return Optional.empty();
    }

    @Override
    public IssuedApiCallback set(WorkspaceId workspace, InboxId inbox, String url, boolean rotateSecret) {
        throw DomainException.invalid("channel.not-api-inbox", "callbacks are not part of this test application");
    }

    @Override
    public void remove(WorkspaceId workspace, InboxId inbox) {
        throw DomainException.invalid("channel.not-api-inbox", "callbacks are not part of this test application");
    }

    @Override
    public Optional<ApiCallbackTarget> target(WorkspaceId workspace, InboxId inbox) {
        return Optional.empty();
    }
}
