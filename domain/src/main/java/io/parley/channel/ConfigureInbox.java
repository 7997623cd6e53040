package io.parley.channel;

import org.jspecify.annotations.Nullable;

/** An administrator's change to an inbox; a field left null keeps its value. */
public record ConfigureInbox(@Nullable String name, @Nullable AnswerMode answerMode, @Nullable Boolean vipHandOver) {}
