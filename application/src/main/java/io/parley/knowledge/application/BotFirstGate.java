package io.parley.knowledge.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationOpened;
import io.parley.conversation.ConversationStatus;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.DomainException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A bot-first inbox sends new conversations to the bot only when the workspace has enabled knowledge entries or
 * indexed document chunks: with none, the bot could only ever hand over, so the conversation joins the human queue at once (reason
 * {@code no-knowledge}). An inbox can therefore be bot-first from the start and the bot begins answering as soon as
 * the first entry is written.
 */
@Component
class BotFirstGate {

    private final KnowledgeVectors vectors;
    private final ChunkVectors chunkVectors;
    private final ConversationLifecycle lifecycle;
    private final KnowledgeProperties properties;

    BotFirstGate(KnowledgeVectors vectors, ChunkVectors chunkVectors, ConversationLifecycle lifecycle,
                 KnowledgeProperties properties) {
        this.vectors = vectors;
        this.chunkVectors = chunkVectors;
        this.lifecycle = lifecycle;
        this.properties = properties;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened opened) {
        if (opened.status() != ConversationStatus.BOT
                || (properties.bot() && (vectors.holdsAny(opened.workspaceId())
                        || chunkVectors.holdsAny(opened.workspaceId())))) {
            return;
        }
        try {
            lifecycle.handOver(new Actor.Bot(opened.workspaceId()), opened.conversationId(),
                    properties.bot() ? "no-knowledge" : "bot-off");
        } catch (DomainException e) {
            if (!"conversation.not-with-bot".equals(e.code()) && !"conversation.closed".equals(e.code())) {
                throw e;
            }
        }
    }
}
