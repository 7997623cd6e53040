package io.parley.agent;

import org.jspecify.annotations.Nullable;

/**
 * What visitors may learn about an agent: the name they chose to show and their picture's URL (a path on this
 * server, or null when they have none). Never the e-mail address.
 */
public record PublicProfile(String displayName, @Nullable String avatarUrl) {

    /** Where avatars are served, followed by the picture's digest; public, so that any visitor's page can show it. */
    public static final String AVATAR_PATH = "/api/v1/avatars/";

    public static String avatarUrl(String digest) {
        return AVATAR_PATH + digest;
    }
}
