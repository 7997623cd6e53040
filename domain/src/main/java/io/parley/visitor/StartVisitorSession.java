package io.parley.visitor;

import org.jspecify.annotations.Nullable;

/**
 * A browser asks to chat through the widget behind {@code widgetKey}. With a still-valid {@code visitorToken} of the
 * same inbox it continues as the same visitor; otherwise a new visitor is created.
 */
public record StartVisitorSession(String widgetKey, @Nullable String visitorToken, @Nullable String name,
                                  @Nullable String email, @Nullable String origin) {}
