package io.parley.conversation;

public enum AuthorKind {
    VISITOR, AGENT, BOT, SYSTEM
}
