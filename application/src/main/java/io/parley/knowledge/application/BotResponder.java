package io.parley.knowledge.application;

import io.parley.channel.AnswerMode;
import io.parley.channel.InboxAdministration;
import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.MessageKind;
import io.parley.conversation.VisitorWroteToBot;
import io.parley.conversation.PostMessage;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.UnansweredQuestion;
import io.parley.knowledge.port.UnansweredQuestions;
import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.Script;
import io.parley.shared.DomainException;
import io.parley.visitor.VisitorStanding;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The bot: answers a visitor's message in a conversation it has as the inbox's answer mode says (the best entry's
 * stored answer, or one written by a language model from the entries), or tells the visitor a person will take over
 * and hands the conversation to the human queue: at once for a VIP visitor where the inbox says so, and without a
 * word when the inbox has been switched to humans only. Its replies carry a client message
 * id derived from the visitor's message, so a redelivered event finds the reply already stored and posts nothing.
 */
@Component
class BotResponder {

    private static final Logger log = LoggerFactory.getLogger(BotResponder.class);

    private final KnowledgeSearch search;
    private final ConversationMessaging messaging;
    private final ConversationLifecycle lifecycle;
    private final KnowledgeProperties properties;
    private final ConversationNotifications notifications;
    private final UnansweredQuestions unanswered;
    private final InboxAdministration inboxes;
    private final VisitorStanding visitors;
    private final Clock clock;

    BotResponder(KnowledgeSearch search, ConversationMessaging messaging, ConversationLifecycle lifecycle,
                 KnowledgeProperties properties, ConversationNotifications notifications,
                 UnansweredQuestions unanswered, InboxAdministration inboxes, VisitorStanding visitors, Clock clock) {
        this.inboxes = inboxes;
        this.visitors = visitors;
        this.notifications = notifications;
        this.unanswered = unanswered;
        this.clock = clock;
        this.search = search;
        this.messaging = messaging;
        this.lifecycle = lifecycle;
        this.properties = properties;
    }

    // no transaction of its own: posting and handing over commit on their own, and their order matters
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VisitorWroteToBot posted) {
        if (!properties.bot()) {
            return;
        }
        var bot = new Actor.Bot(posted.workspaceId());
        var conversation = messaging.get(bot, posted.conversationId());
        if (conversation.status() != ConversationStatus.BOT) {
            return;
        }
        var inbox = inboxes.get(posted.workspaceId(), conversation.inboxId());
        var clientId = new ClientMessageId("bot:" + posted.messageId());
        // an answer written by a language model is shown while it is written; the stored message replaces it
        var draft = new LiveBotDraft(notifications, conversation, clientId.value());
        try {
            if (inbox.answerMode() == AnswerMode.HUMANS_ONLY) {
                // the inbox was switched to humans only while this conversation was with the bot: no bot message
                lifecycle.handOver(bot, posted.conversationId(), "humans-only");
                return;
            }
            BotReply reply = inbox.vipHandOver() && visitors.isVip(posted.workspaceId(), conversation.visitorId())
                    ? vip(posted) : decide(posted, inbox.answerMode(), draft);
            messaging.post(new PostMessage(bot, posted.conversationId(), clientId, MessageKind.TEXT, reply.text()));
            if (reply.action() == BotReply.Action.HAND_OVER) {
                lifecycle.handOver(bot, posted.conversationId(), reply.reason());
                if (reply.reason().equals("low-confidence")) {
                    collect(posted, reply);
                }
            }
        } catch (DomainException e) {
            if (!List.of("conversation.bot-inactive", "conversation.not-with-bot", "conversation.closed")
                    .contains(e.code())) {
                throw e;
            }
            // a person took the conversation (or closed it) while the bot was deciding: the bot stays quiet
            log.debug("Bot stood down in conversation {}: {}", posted.conversationId(), e.code());
        } finally {
            draft.finish();
        }
    }

    /** A VIP visitor is told, in the language they wrote in, that a person takes over; the bot answers nothing. */
    private static BotReply vip(VisitorWroteToBot posted) {
        return new BotReply(List.of(), BotReply.Action.HAND_OVER, null,
                BotLines.vipHandingOver(Script.of(posted.body())), "vip", 0);
    }

    private BotReply decide(VisitorWroteToBot posted, AnswerMode mode, LiveBotDraft draft) {
        try {
            // a long message is searched by its beginning, where visitors put the question
            String body = posted.body().length() > RetrievalService.MAX_MESSAGE
                    ? posted.body().substring(0, RetrievalService.MAX_MESSAGE) : posted.body();
            return search.ask(posted.workspaceId(), body.isBlank() ? "?" : body, mode, draft);
        } catch (RuntimeException e) {
            // an unanswerable message or a failing index must not leave the visitor talking to no one
            boolean down = e instanceof DomainException d && d.code().equals("knowledge.embeddings-unavailable");
            log.warn("Bot could not search the knowledge base for conversation {}; handing over",
                    posted.conversationId(), down ? null : e);
            return new BotReply(List.of(), BotReply.Action.HAND_OVER, null,
                    BotLines.handingOver(Script.of(posted.body())), down ? "embeddings-unavailable" : "bot-error", 0);
        }
    }

    /** A question the knowledge base could not answer is kept for an administrator to review. */
    private void collect(VisitorWroteToBot posted, BotReply reply) {
        double best = reply.candidates().isEmpty() ? 0 : reply.candidates().getFirst().score();
        String question = posted.body().length() > RetrievalService.MAX_MESSAGE
                ? posted.body().substring(0, RetrievalService.MAX_MESSAGE) : posted.body();
        // keyed by the visitor's message: a redelivered event adds nothing twice
        unanswered.add(posted.workspaceId(), new UnansweredQuestion(posted.messageId().value(),
                posted.conversationId(), question, best, clock.instant()));
    }
}
