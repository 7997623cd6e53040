package io.parley.conversation;

import org.jspecify.annotations.Nullable;

/**
 * How a message's author is shown: an agent's public display name and picture URL (a path on this server), or the
 * bot's name. {@code shownToVisitors} is the inbox's "show who answers" setting: when off, visitors get no profile.
 */
public record AuthorProfile(String name, @Nullable String avatarUrl, boolean shownToVisitors) {}
