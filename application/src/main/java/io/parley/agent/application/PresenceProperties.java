package io.parley.agent.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Presence across the nodes of a cluster, shared through PostgreSQL ({@code parley.presence}).
 *
 * @param lease        how long a node's record of a connected agent lasts without renewal: a node that dies is
 *                     noticed after at most this long
 * @param heartbeat    how often a node renews its leases; at most half the lease, so one late or failed renewal does
 *                     not let a lease expire
 * @param pollInterval how often a node reads the others' leases and tells its consoles what changed: the longest a
 *                     change on one node takes to reach the consoles on another
 */
@ConfigurationProperties("parley.presence")
public record PresenceProperties(@DefaultValue("30s") Duration lease, @DefaultValue("10s") Duration heartbeat,
                                 @DefaultValue("2s") Duration pollInterval) {

    public PresenceProperties {
        require(positive(lease) && positive(heartbeat) && positive(pollInterval),
                "lease, heartbeat and poll-interval must be positive");
        require(heartbeat.multipliedBy(2).compareTo(lease) <= 0, "heartbeat must be at most half the lease");
        require(lease.toMillis() >= 1000, "lease must be at least 1s");
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("parley.presence: " + message);
        }
    }
}
