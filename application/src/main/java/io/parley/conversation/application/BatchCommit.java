package io.parley.conversation.application;

import io.parley.conversation.ConversationView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.ConversationAccess;
import io.parley.conversation.model.Message;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.conversation.port.Messages.ClientMessageKey;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Several posts in one transaction: lock their conversations in one statement, number the messages in memory, then
 * insert the messages and update the conversations in one batch each. Resends are looked up only when an insert
 * meets one. A
 * post that is refused (a conversation the author may not see, a resolved one that a visitor's follow-up does not
 * reopen, a reused client id) is answered alone
 * and takes nothing else down; anything else the database refuses rolls the whole transaction back.
 */
@Component
class BatchCommit {

    /** What a post came to, once the transaction commits. */
    sealed interface Outcome {}

    /**
     * A stored message, or the earlier one a resend names; whom to notify, and the conversation if the post changed
     * its state.
     */
    record Stored(Posted posted, WorkspaceId workspace, InboxId inbox, VisitorId visitor,
                  @Nullable ConversationView changed) implements Outcome {}

    record Refused(DomainException refusal) implements Outcome {}

    private final Conversations conversations;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final FollowUps followUps;
    private final Clock clock;

    BatchCommit(Conversations conversations, Messages messages, ApplicationEventPublisher events,
                FollowUps followUps, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * The batch met a resend it did not look for: roll back and commit it again with {@code lookUpResends}. Resends
     * are rare (a client that lost its connection before the answer), so most batches skip the lookup.
     */
    static final class ResendsFound extends RuntimeException {
        ResendsFound() {
            super("a resent client message id; commit again looking resends up", null, false, false);
        }
    }

    /**
     * Runs inside the caller's transaction; one outcome per post, in the posts' order. Without {@code lookUpResends}
     * a resend is found only when its insert meets the stored message, and throws {@link ResendsFound}.
     */
    List<Outcome> commit(List<PendingPost> posts, boolean lookUpResends) {
        Set<WorkspaceId> workspaces = new LinkedHashSet<>();
        Set<ConversationId> ids = new LinkedHashSet<>();
        for (PendingPost post : posts) {
            workspaces.add(post.command().actor().workspaceId());
            ids.add(post.command().conversation());
        }
        Map<ConversationId, Conversation> locked = new HashMap<>();
        conversations.lockAll(workspaces, ids).forEach(c -> locked.put(c.getId(), c));
        Map<ClientMessageKey, Message> earlier = new HashMap<>();
        if (lookUpResends) {
            Set<ClientMessageKey> asked = new LinkedHashSet<>();
            for (PendingPost post : posts) {
                if (locked.containsKey(post.command().conversation())) {
                    asked.add(new ClientMessageKey(post.command().conversation(), post.command().clientMessageId()));
                }
            }
            messages.findByClientMessageIds(asked)
                    .forEach(m -> earlier.put(new ClientMessageKey(m.conversationId(), m.clientMessageId()), m));
        }

        List<Outcome> outcomes = new ArrayList<>(posts.size());
        List<Message> appended = new ArrayList<>();
        Map<ConversationId, Conversation> touched = new LinkedHashMap<>();
        List<DomainEvent> raised = new ArrayList<>();
        for (PendingPost post : posts) {
            PostMessage command = post.command();
            Conversation conversation = locked.get(command.conversation());
            if (conversation == null || !ConversationAccess.canSee(command.actor(), conversation)) {
                outcomes.add(new Refused(ConversationAccess.notFound()));
                continue;
            }
            var key = new ClientMessageKey(conversation.getId(), command.clientMessageId());
            Message before = earlier.get(key);
            if (before != null) {
                outcomes.add(before.author().equals(command.actor().author())
                        ? stored(conversation, new Posted(Views.of(before), true), null)
                        : new Refused(clientIdTaken()));
                continue;
            }
            var statusBefore = conversation.status();
            Message message;
            try {
                // a visitor writing again soon after the resolve continues the same conversation
                followUps.reopenIfFollowUp(conversation, command.actor(), command.kind(), clock.instant());
                message = conversation.post(command.actor().author(), command.kind(), post.body(),
                        command.clientMessageId(), clock.instant());
            } catch (DomainException refusal) {
                outcomes.add(new Refused(refusal));
                continue;
            }
            appended.add(message);
            earlier.put(key, message);
            touched.put(conversation.getId(), conversation);
            raised.addAll(conversation.releaseEvents());
            outcomes.add(stored(conversation, new Posted(Views.of(message), false),
                    conversation.status() != statusBefore ? Views.of(conversation) : null));
        }
        if (!messages.appendUnlessResent(appended).isEmpty()) {
            throw new ResendsFound();
        }
        if (!touched.isEmpty()) {
            conversations.updateAll(List.copyOf(touched.values()));
        }
        raised.forEach(events::publishEvent);
        return outcomes;
    }

    private static Stored stored(Conversation conversation, Posted posted, @Nullable ConversationView changed) {
        return new Stored(posted, conversation.workspaceId(), conversation.inboxId(), conversation.visitorId(),
                changed);
    }

    /** A client message id names one send by one author; someone else's id must not reveal their message. */
    static DomainException clientIdTaken() {
        return DomainException.conflict("message.client-id-taken",
                "this client message id was used for another message; generate a new one");
    }
}
