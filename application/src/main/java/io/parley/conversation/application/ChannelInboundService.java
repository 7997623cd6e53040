package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.ChannelReceipts;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.visitor.ChannelContacts;
import io.parley.visitor.ContactView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A channel's message into its conversation: the contact for the sender's external id, then their open conversation
 * (or their resolved one, which a follow-up within the reopen window reopens, or a new one), then the ordinary message
 * path. The platform's message id is claimed first, on every node alike, so that a redelivery stores nothing.
 */
@Service
class ChannelInboundService implements ChannelInbound {

    /** A claim older than this whose message was never recorded belongs to a node that failed while storing it. */
    static final Duration STALE_CLAIM = Duration.ofSeconds(30);

    private final ChannelContacts contacts;
    private final ConversationMessaging messaging;
    private final ChannelReceipts receipts;
    private final Messages messages;
    private final Clock clock;

    ChannelInboundService(ChannelContacts contacts, ConversationMessaging messaging, ChannelReceipts receipts,
                          Messages messages, Clock clock) {
        this.contacts = contacts;
        this.messaging = messaging;
        this.receipts = receipts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Posted receive(ChannelMessage message) {
        new MessageBody(message.body()); // refused before anything is made: message.empty, message.too-long
        ContactView contact = contacts.identify(message.workspace(), message.inbox(), message.externalUserId(),
                message.displayName());
        var actor = new Actor.Visitor(message.workspace(), message.inbox(), contact.visitorId());
        var clientId = clientMessageId(message.platformMessageId());
        Instant now = clock.instant();
        var claim = receipts.claim(message.workspace(), message.inbox(), message.platformMessageId(), now,
                now.minus(STALE_CLAIM));
        return switch (claim) {
            case ChannelReceipts.Claim.Stored stored -> messages.findByClientMessageId(message.workspace(),
                            stored.conversation(), clientId)
                    .map(found -> new Posted(Views.of(found), true))
                    .orElseThrow(() -> DomainException.conflict("channel.message-in-progress",
                            "this message of the channel was stored and is no longer found"));
            case ChannelReceipts.Claim.InProgress inProgress -> throw DomainException.conflict(
                    "channel.message-in-progress", "this message of the channel is being stored; send it again later");
            case ChannelReceipts.Claim.Won won -> store(message, actor, clientId);
        };
    }

    private Posted store(ChannelMessage message, Actor.Visitor actor, ClientMessageId clientId) {
        try {
            Posted posted = post(actor, clientId, message.body());
            receipts.complete(message.inbox(), message.platformMessageId(), posted.message().conversationId(),
                    posted.message().id());
            return posted;
        } catch (RuntimeException e) {
            receipts.release(message.inbox(), message.platformMessageId());
            throw e;
        }
    }

    /** Into the open conversation, else the newest resolved one if a follow-up reopens it, else a new one. */
    private Posted post(Actor.Visitor actor, ClientMessageId clientId, String body) {
        List<ConversationView> mine = messaging.ofVisitor(actor);
        Optional<ConversationView> open = mine.stream()
                .filter(c -> c.inboxId().equals(actor.inboxId()) && c.status() != ConversationStatus.RESOLVED)
                .findFirst();
        if (open.isPresent()) {
            return messaging.post(new PostMessage(actor, open.get().id(), clientId, MessageKind.TEXT, body));
        }
        Optional<ConversationView> resolved = mine.stream().filter(c -> c.inboxId().equals(actor.inboxId()))
                .findFirst();
        if (resolved.isPresent()) {
            try {
                return messaging.post(new PostMessage(actor, resolved.get().id(), clientId, MessageKind.TEXT, body));
            } catch (DomainException e) {
                if (!"conversation.closed".equals(e.code())) {
                    throw e;
                }
            }
        }
        ConversationId started = messaging.start(actor).id();
        return messaging.post(new PostMessage(actor, started, clientId, MessageKind.TEXT, body));
    }

    /** A client message id made of the platform's id: the same platform id always gives the same one. */
    static ClientMessageId clientMessageId(String platformMessageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(platformMessageId.getBytes(StandardCharsets.UTF_8));
            return new ClientMessageId("ch:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
