package io.parley.conversation;

import io.parley.shared.ConversationId;

public record PostMessage(Actor actor, ConversationId conversation, ClientMessageId clientMessageId, MessageKind kind,
                          String body) {}
