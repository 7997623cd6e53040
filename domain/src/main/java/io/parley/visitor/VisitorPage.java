package io.parley.visitor;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The page a visitor's widget last reported, for agents' eyes only. Every field is what the browser said, cut to a
 * bounded length and never trusted: clients render it as text.
 */
public record VisitorPage(@Nullable String url, @Nullable String title, @Nullable String referrer,
                          @Nullable String userAgent, Instant reportedAt) {

    public static final int MAX_URL = 2048;
    public static final int MAX_TITLE = 300;
    public static final int MAX_USER_AGENT = 512;

    public VisitorPage {
        url = bounded(url, MAX_URL);
        title = bounded(title, MAX_TITLE);
        referrer = bounded(referrer, MAX_URL);
        userAgent = bounded(userAgent, MAX_USER_AGENT);
    }

    private static @Nullable String bounded(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
