package io.parley.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationTag;
import io.parley.conversation.ConversationTagging;
import io.parley.shared.ConversationId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory tags by conversation id, for any agent. */
@Component
class FakeConversationTagging implements ConversationTagging {

    final Map<ConversationId, Set<String>> tags = new ConcurrentHashMap<>();

    @Override
    public List<ConversationTag> tags(Actor.Agent agent, ConversationId conversation) {
        return tags.getOrDefault(conversation, Set.of()).stream().map(ConversationTag::new).toList();
    }

    @Override
    public List<ConversationTag> add(Actor.Agent agent, ConversationId conversation, ConversationTag tag) {
        tags.computeIfAbsent(conversation, id -> new TreeSet<>()).add(tag.value());
        return tags(agent, conversation);
    }

    @Override
    public List<ConversationTag> remove(Actor.Agent agent, ConversationId conversation, ConversationTag tag) {
        tags.getOrDefault(conversation, new TreeSet<>()).remove(tag.value());
        return tags(agent, conversation);
    }
}
