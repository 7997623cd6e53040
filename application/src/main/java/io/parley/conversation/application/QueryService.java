package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationQueries;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LastMessage;
import io.parley.conversation.model.Message;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import io.parley.conversation.port.Conversations;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QueryService implements ConversationQueries {

    private final Conversations conversations;
    private final Messages messages;

    QueryService(Conversations conversations, Messages messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ConversationView> search(Actor.Agent agent, ConversationFilter filter, PageRequest page) {
        var found = conversations.search(agent.workspaceId(), filter, page);
        return new Page<>(found.items().stream().map(Views::of).toList(), found.page(), found.size(), found.total());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ConversationId, LastMessage> lastMessages(Actor.Agent agent, Collection<ConversationId> ids) {
        return messages.latestShownToVisitors(agent.workspaceId(), ids).stream().collect(Collectors.toMap(
                Message::conversationId, m -> LastMessage.of(m.author().kind(), m.body().value(), m.createdAt())));
    }
}
