package io.parley.conversation.adapter.dingtalk;

import io.parley.channel.ChannelAccessTokens;
import io.parley.shared.InboxId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The latest session webhook of each chat (contact) and when DingTalk ends it, kept for the cluster with the inbox's
 * access tokens ({@link ChannelAccessTokens}, named {@code session:<externalId>}): every callback brings a new one.
 */
@Component
class DingTalkSessions {

    /** A webhook that ends sooner than this is not used any more: the robot API takes over. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final ChannelAccessTokens tokens;
    private final Clock clock;

    DingTalkSessions(ChannelAccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Keeps the webhook of the chat's latest callback in place of the one before (an ended one just removes it). */
    void remember(InboxId inbox, String externalId, String url, Instant expiresAt) {
        String name = DingTalkContact.sessionName(externalId);
        tokens.invalidate(inbox, name);
        if (expiresAt.isAfter(clock.instant().plus(MARGIN))) {
            tokens.token(inbox, name, Duration.ZERO, () -> new ChannelAccessTokens.Issued(url, expiresAt));
        }
    }

    /** The chat's session webhook while it is valid. */
    Optional<String> current(InboxId inbox, String externalId) {
        try {
            return Optional.of(tokens.token(inbox, DingTalkContact.sessionName(externalId), MARGIN, () -> {
                throw new NoSession();
            }));
        } catch (NoSession none) {
            return Optional.empty();
        }
    }

    void forget(InboxId inbox, String externalId) {
        tokens.invalidate(inbox, DingTalkContact.sessionName(externalId));
    }

    private static final class NoSession extends RuntimeException {
        NoSession() {
            super("no valid session webhook", null, false, false);
        }
    }
}
