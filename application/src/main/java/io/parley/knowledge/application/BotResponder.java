package io.parley.knowledge.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.MessageKind;
import io.parley.conversation.VisitorWroteToBot;
import io.parley.conversation.PostMessage;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.Script;
import io.parley.shared.DomainException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The bot: answers a visitor's message in a conversation it has with the best entry's stored answer, or tells the
 * visitor a person will take over and hands the conversation to the human queue. Its replies carry a client message
 * id derived from the visitor's message, so a redelivered event finds the reply already stored and posts nothing.
 */
@Component
class BotResponder {

    private static final Logger log = LoggerFactory.getLogger(BotResponder.class);

    private final KnowledgeSearch search;
    private final ConversationMessaging messaging;
    private final ConversationLifecycle lifecycle;
    private final KnowledgeProperties properties;

    BotResponder(KnowledgeSearch search, ConversationMessaging messaging, ConversationLifecycle lifecycle,
                 KnowledgeProperties properties) {
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
        if (messaging.get(bot, posted.conversationId()).status() != ConversationStatus.BOT) {
            return;
        }
        BotReply reply = decide(posted);
        var clientId = new ClientMessageId("bot:" + posted.messageId());
        try {
            messaging.post(new PostMessage(bot, posted.conversationId(), clientId, MessageKind.TEXT, reply.text()));
            if (reply.action() == BotReply.Action.HAND_OVER) {
                lifecycle.handOver(bot, posted.conversationId(), reply.reason());
            }
        } catch (DomainException e) {
            if (!List.of("conversation.bot-inactive", "conversation.not-with-bot", "conversation.closed")
                    .contains(e.code())) {
                throw e;
            }
            // a person took the conversation (or closed it) while the bot was deciding: the bot stays quiet
            log.debug("Bot stood down in conversation {}: {}", posted.conversationId(), e.code());
        }
    }

    private BotReply decide(VisitorWroteToBot posted) {
        try {
            // a long message is searched by its beginning, where visitors put the question
            String body = posted.body().length() > RetrievalService.MAX_MESSAGE
                    ? posted.body().substring(0, RetrievalService.MAX_MESSAGE) : posted.body();
            return search.ask(posted.workspaceId(), body.isBlank() ? "?" : body);
        } catch (RuntimeException e) {
            // an unanswerable message or a failing index must not leave the visitor talking to no one
            log.warn("Bot could not search the knowledge base for conversation {}; handing over",
                    posted.conversationId(), e);
            return new BotReply(List.of(), BotReply.Action.HAND_OVER, null,
                    BotLines.handingOver(Script.of(posted.body())), "bot-error", 0);
        }
    }
}
