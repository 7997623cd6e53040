package io.parley.channel;

import io.parley.shared.InboxId;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The access tokens a messaging platform issues for an inbox's app (WeChat's access_token, Feishu's
 * tenant_access_token, DingTalk's accessToken): kept in PostgreSQL for every node, and fetched again by one node at a
 * time when missing or about to expire, so that the cluster does not invalidate its own tokens by fetching them
 * twice (WeChat issues a new one and ends the old).
 */
@PrimaryPort
public interface ChannelAccessTokens {

    /** A token as the platform issued it. */
    record Issued(String token, Instant expiresAt) {}

    /**
     * The inbox's token named {@code name}: the stored one while it is valid for longer than {@code margin}, else one
     * got from {@code fetch} (called by one node at a time; the others wait for it and read its result).
     */
    String token(InboxId inbox, String name, Duration margin, Supplier<Issued> fetch);

    /** Forgets the token (the platform refused it), so that the next call fetches a new one. */
    void invalidate(InboxId inbox, String name);
}
