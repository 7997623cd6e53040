package io.parley.conversation.adapter.rest;

import io.parley.channel.ChannelType;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LastMessage;
import io.parley.shared.InboxId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Conversations as the REST API answers them, each with the channel of its inbox. An inbox keeps its channel for
 * life, so the channel is read once per inbox (a whole workspace's inboxes at a time) and then remembered.
 */
@PrimaryAdapter
@Component
class ConversationResponses {

    /** Far more inboxes than a server holds; past it the memory starts afresh rather than growing. */
    private static final int REMEMBERED = 10_000;

    private final InboxAdministration inboxes;
    private final Map<InboxId, ChannelType> channels = new ConcurrentHashMap<>();

    ConversationResponses(InboxAdministration inboxes) {
        this.inboxes = inboxes;
    }

    ConversationResponse of(ConversationView view) {
        return of(view, null);
    }

    ConversationResponse of(ConversationView view, @Nullable LastMessage last) {
        return ConversationResponse.of(view, channel(view), last);
    }

    private ChannelType channel(ConversationView view) {
        ChannelType known = channels.get(view.inboxId());
        if (known != null) {
            return known;
        }
        if (channels.size() > REMEMBERED) {
            channels.clear();
        }
        for (InboxView inbox : inboxes.list(view.workspaceId())) {
            channels.put(inbox.id(), inbox.channel());
        }
        return channels.computeIfAbsent(view.inboxId(), id -> inboxes.get(view.workspaceId(), id).channel());
    }
}
