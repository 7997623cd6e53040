package io.parley.knowledge;

import io.parley.shared.ConversationId;
import java.time.Instant;
import java.util.UUID;

/**
 * A visitor's question the bot handed over because no entry matched well enough: material for a new entry.
 *
 * @param bestScore the best candidate's score when asked (0 without candidates), against the model's threshold
 */
public record UnansweredQuestion(UUID id, ConversationId conversationId, String question, double bestScore,
                                 Instant askedAt) {}
