package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import java.time.Instant;

public record MessageView(MessageId id, ConversationId conversationId, long sequence, String clientMessageId,
                          Author author, MessageKind kind, String body, Instant createdAt) {}
