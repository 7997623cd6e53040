package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.KnowledgeEntryView;
import io.parley.knowledge.KnowledgeReview;
import io.parley.knowledge.Suggestion;
import io.parley.knowledge.UnansweredQuestion;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Review for the REST adapter's tests: nothing collected, nothing suggested, every draft refused. */
@Component
class FakeKnowledgeReview implements KnowledgeReview {

    @Override
    public List<UnansweredQuestion> unanswered(WorkspaceId workspace) {
        return List.of();
    }

    @Override
    public void dismiss(WorkspaceId workspace, UUID question) {
        throw DomainException.notFound("knowledge.unanswered-not-found", "no open unanswered question with this id");
    }

    @Override
    public List<Suggestion> suggestions(Actor.Agent agent, ConversationId conversation) {
        return List.of();
    }

    @Override
    public KnowledgeEntryView draftFromReply(Actor.Agent agent, ConversationId conversation, MessageId reply) {
        throw DomainException.invalid("knowledge.not-a-reply", "only an agent's text message can become an entry");
    }
}
