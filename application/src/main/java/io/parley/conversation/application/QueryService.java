package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationQueries;
import io.parley.conversation.ConversationView;
import io.parley.conversation.port.Conversations;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QueryService implements ConversationQueries {

    private final Conversations conversations;

    QueryService(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ConversationView> search(Actor.Agent agent, ConversationFilter filter, PageRequest page) {
        var found = conversations.search(agent.workspaceId(), filter, page);
        return new Page<>(found.items().stream().map(Views::of).toList(), found.page(), found.size(), found.total());
    }
}
