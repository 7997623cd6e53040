package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationTag;
import io.parley.conversation.ConversationTagging;
import io.parley.conversation.port.ConversationTags;
import io.parley.conversation.port.Conversations;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TaggingService implements ConversationTagging {

    private final Conversations conversations;
    private final ConversationTags tags;

    TaggingService(Conversations conversations, ConversationTags tags) {
        this.conversations = conversations;
        this.tags = tags;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversationTag> tags(Actor.Agent agent, ConversationId conversation) {
        visible(agent, conversation);
        return tags.find(agent.workspaceId(), conversation);
    }

    @Override
    @Transactional
    public List<ConversationTag> add(Actor.Agent agent, ConversationId conversation, ConversationTag tag) {
        visible(agent, conversation);
        List<ConversationTag> current = tags.find(agent.workspaceId(), conversation);
        if (!current.contains(tag) && current.size() >= ConversationTag.MAX_PER_CONVERSATION) {
            throw DomainException.invalid("conversation.too-many-tags", "a conversation has at most "
                    + ConversationTag.MAX_PER_CONVERSATION + " tags; remove one first");
        }
        tags.add(agent.workspaceId(), conversation, tag);
        return tags.find(agent.workspaceId(), conversation);
    }

    @Override
    @Transactional
    public List<ConversationTag> remove(Actor.Agent agent, ConversationId conversation, ConversationTag tag) {
        visible(agent, conversation);
        tags.remove(agent.workspaceId(), conversation, tag);
        return tags.find(agent.workspaceId(), conversation);
    }

    // Every agent of the workspace sees its conversations; another workspace's are "not found".
    private void visible(Actor.Agent agent, ConversationId conversation) {
        if (conversations.findById(agent.workspaceId(), conversation).isEmpty()) {
            throw DomainException.notFound("conversation.not-found", "no such conversation");
        }
    }
}
