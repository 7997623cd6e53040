package io.parley.conversation;

/** Where a conversation stands: the bot answers, it waits for a human, a human has it, or it is resolved. */
public enum ConversationStatus {
    BOT, WAITING, ASSIGNED, RESOLVED
}
