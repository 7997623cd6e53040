package io.parley.conversation.application;

import io.parley.conversation.ConversationCatchUp;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.MessageView;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads what changed since an instant from PostgreSQL, a page of conversations at a time, and hands it to this node's
 * connections as live delivery would have: each new message (with its author's profile), then the conversation as it
 * is now. The connections' delivery cursors drop what they were sent already and fill what lies before the replayed
 * messages from history.
 */
@Service
class CatchUpService implements ConversationCatchUp {

    static final int PAGE = 500;

    private final Conversations conversations;
    private final Messages messages;
    private final AuthorProfiles profiles;
    private final LocalConversationNotifications local;

    CatchUpService(Conversations conversations, Messages messages, AuthorProfiles profiles,
                   LocalConversationNotifications local) {
        this.conversations = conversations;
        this.messages = messages;
        this.profiles = profiles;
        this.local = local;
    }

    @Override
    public int replaySince(Instant since) {
        int replayed = 0;
        @Nullable ConversationId after = null;
        while (true) {
            List<Conversation> page = conversations.changedSince(since, after, PAGE);
            if (page.isEmpty()) {
                return replayed;
            }
            Map<ConversationId, List<MessageView>> byConversation = new LinkedHashMap<>();
            for (Message message : messages.createdSince(page.stream().map(Conversation::getId).toList(), since)) {
                byConversation.computeIfAbsent(message.conversationId(), c -> new ArrayList<>())
                        .add(Views.of(message));
            }
            for (Conversation conversation : page) {
                List<MessageView> missed = byConversation.getOrDefault(conversation.getId(), List.of());
                if (!missed.isEmpty()) {
                    missed = profiles.of(conversation.workspaceId(), conversation.inboxId(), missed);
                }
                for (MessageView message : missed) {
                    local.messagePosted(conversation.workspaceId(), conversation.visitorId(), message);
                }
                local.conversationChanged(Views.of(conversation));
            }
            replayed += page.size();
            if (page.size() < PAGE) {
                return replayed;
            }
            after = page.getLast().getId();
        }
    }
}
