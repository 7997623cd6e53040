package io.parley.conversation;

/** The stored message; {@code duplicate} when an earlier send with the same client message id had stored it. */
public record Posted(MessageView message, boolean duplicate) {}
