package io.parley.shared.port;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Claims a failed event delivery for one more attempt, across nodes: the event publication registry's own claim only
 * refuses a delivery already claimed, not one whose retry has begun meanwhile, so two rounds that read it failed at
 * once could both try it again.
 */
@SecondaryPort
public interface EventPublicationClaims {

    /**
     * Whether the failed publication, as it was read (its last resubmission time, null when never resubmitted), is
     * this caller's to try again; false when another round has claimed or retried it since it was read.
     */
    boolean claim(UUID publication, @Nullable Instant lastResubmission, Instant now);
}
