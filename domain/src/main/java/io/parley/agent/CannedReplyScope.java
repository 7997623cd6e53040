package io.parley.agent;

import io.parley.shared.DomainException;
import java.util.Locale;

/** Who sees a canned reply: every agent of the workspace, or only the agent who wrote it. */
public enum CannedReplyScope {
    SHARED, PERSONAL;

    /** {@code canned.invalid-scope} for anything but SHARED or PERSONAL (in any case). */
    public static CannedReplyScope parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("canned.invalid-scope", "scope is SHARED or PERSONAL, not '" + text + "'");
        }
    }
}
