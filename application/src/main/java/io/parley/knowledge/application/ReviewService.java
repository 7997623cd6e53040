package io.parley.knowledge.application;

import io.parley.conversation.Actor;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeEntryView;
import io.parley.knowledge.KnowledgeReview;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.Suggestion;
import io.parley.knowledge.UnansweredQuestion;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.UnansweredQuestions;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Unanswered questions for review, reply suggestions for agents, and entry drafts made from agents' replies. */
@Service
class ReviewService implements KnowledgeReview {

    static final int LIST_LIMIT = 200;
    /** How far back the latest visitor message is looked for: a conversation's recent turns. */
    private static final int LOOK_BACK = 100;

    private final UnansweredQuestions unanswered;
    private final ConversationMessaging messaging;
    private final KnowledgeSearch search;
    private final KnowledgeEntries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(UnansweredQuestions unanswered, ConversationMessaging messaging, KnowledgeSearch search,
                  KnowledgeEntries entries, ApplicationEventPublisher events, Clock clock) {
        this.unanswered = unanswered;
        this.messaging = messaging;
        this.search = search;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<UnansweredQuestion> unanswered(WorkspaceId workspace) {
        return unanswered.open(workspace, LIST_LIMIT);
    }

    @Override
    public void dismiss(WorkspaceId workspace, UUID question) {
        if (!unanswered.dismiss(workspace, question, clock.instant())) {
            throw DomainException.notFound("knowledge.unanswered-not-found",
                    "no open unanswered question with this id in this workspace");
        }
    }

    @Override
    public List<Suggestion> suggestions(Actor.Agent agent, ConversationId conversation) {
        var latest = lastVisitorText(agent, conversation, Long.MAX_VALUE);
        if (latest.isEmpty()) {
            return List.of();
        }
        var reply = search.ask(agent.workspaceId(), latest.get().body());
        return reply.candidates().stream().filter(BotReply.Candidate::isEntry)
                .map(candidate -> entries.findById(agent.workspaceId(), candidate.entryId())
                        .map(entry -> new Suggestion(entry.getId(), entry.question(), entry.answer(),
                                candidate.score())))
                .flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional
    public KnowledgeEntryView draftFromReply(Actor.Agent agent, ConversationId conversation, MessageId replyId) {
        var history = recent(agent, conversation);
        var reply = history.stream().filter(m -> m.id().equals(replyId)).findFirst()
                .filter(m -> m.author().kind() == AuthorKind.AGENT && m.kind() == MessageKind.TEXT)
                .orElseThrow(() -> DomainException.invalid("knowledge.not-a-reply",
                        "only an agent's text message among the conversation's last " + LOOK_BACK
                                + " messages can become an entry"));
        var question = lastVisitorText(agent, conversation, reply.sequence()).orElseThrow(() ->
                DomainException.invalid("knowledge.no-question", "no visitor message precedes this reply"));
        var entry = KnowledgeEntry.write(agent.workspaceId(), clip(question.body(), KnowledgeEntry.MAX_QUESTION),
                clip(reply.body(), KnowledgeEntry.MAX_ANSWER), List.of(), Set.of("from-reply"), clock.instant());
        // a draft: the bot must not answer with it before an administrator has read and enabled it
        entry.disable(clock.instant());
        entries.save(entry);
        entry.releaseEvents().forEach(events::publishEvent);
        return KnowledgeService.view(entry);
    }

    private List<MessageView> recent(Actor.Agent agent, ConversationId conversation) {
        long last = messaging.get(agent, conversation).lastSequence();
        return last == 0 ? List.of()
                : messaging.history(agent, conversation, new HistoryQuery(0, last + 1, LOOK_BACK));
    }

    private Optional<MessageView> lastVisitorText(Actor.Agent agent, ConversationId conversation, long before) {
        return recent(agent, conversation).reversed().stream()
                .filter(m -> m.sequence() < before && m.author().kind() == AuthorKind.VISITOR
                        && m.kind() == MessageKind.TEXT && !m.body().isBlank())
                .findFirst();
    }

    private static String clip(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
