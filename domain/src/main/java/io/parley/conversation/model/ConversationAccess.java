package io.parley.conversation.model;

import io.parley.conversation.Actor;
import io.parley.shared.DomainException;

/**
 * Who may see a conversation. Agents see their workspace's, a visitor only their own, and the bot and system their
 * workspace's. Anything else looks exactly like a conversation that does not exist, so ids reveal nothing.
 */
public final class ConversationAccess {

    private ConversationAccess() {}

    public static boolean canSee(Actor actor, Conversation conversation) {
        if (!actor.workspaceId().equals(conversation.workspaceId())) {
            return false;
        }
        return switch (actor) {
            case Actor.Visitor visitor -> visitor.visitorId().equals(conversation.visitorId());
            case Actor.Agent ignored -> true;
            case Actor.Bot ignored -> true;
            case Actor.System ignored -> true;
        };
    }

    public static Conversation checkVisible(Actor actor, Conversation conversation) {
        if (!canSee(actor, conversation)) {
            throw notFound();
        }
        return conversation;
    }

    public static DomainException notFound() {
        return DomainException.notFound("conversation.not-found", "no such conversation");
    }
}
