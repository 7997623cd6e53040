package io.parley.conversation;

/** A message for everyone in the conversation, or an internal note that only agents ever see. */
public enum MessageKind {
    TEXT, NOTE
}
