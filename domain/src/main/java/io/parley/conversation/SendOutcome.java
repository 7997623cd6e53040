package io.parley.conversation;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a channel made of one attempt to send a message. */
public sealed interface SendOutcome {

    /** The channel took the message; {@code platformMessageId} is its id for it, when it gave one. */
    record Sent(@Nullable String platformMessageId) implements SendOutcome {}

    /**
     * The channel did not take it. {@code reason} is what the channel said, shown to agents as it is;
     * {@code permanent} when another attempt cannot succeed (the channel refused this message for good, such as a
     * reply outside WeChat's 48-hour window); {@code retryAfter} when the channel asked for a wait.
     */
    record Failed(String reason, boolean permanent, @Nullable Duration retryAfter) implements SendOutcome {

        public static Failed transientFailure(String reason) {
            return new Failed(reason, false, null);
        }

        public static Failed permanentFailure(String reason) {
            return new Failed(reason, true, null);
        }
    }
}
