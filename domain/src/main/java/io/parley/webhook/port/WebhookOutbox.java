package io.parley.webhook.port;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.DeliveryStatus;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookDeliveryView;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.model.AttemptRecord;
import io.parley.webhook.model.DueDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The deliveries waiting to be made, and the log of those made. */
@SecondaryPort
public interface WebhookOutbox {

    /**
     * Records one delivery of an event for every enabled endpoint of the workspace subscribed to its type, due at
     * {@code dueAt}. An event already recorded for an endpoint (same {@code eventKey}) is not recorded again.
     *
     * @return how many deliveries were recorded
     */
    int enqueue(WorkspaceId workspace, WebhookEventType type, String eventKey, String payload, Instant now,
                Instant dueAt);

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now}, for this node alone until {@code leaseUntil}
     * (after which another node may take one whose attempt never ended).
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Logs an attempt and moves the delivery on: {@code PENDING} with the next attempt's time and place in the
     * schedule, or {@code DELIVERED} or {@code FAILED}.
     */
    void recordAttempt(WebhookDeliveryId id, AttemptRecord attempt, DeliveryStatus status, int step,
                       @Nullable Instant nextAttemptAt, Instant now);

    /** Gives a pending delivery up without an attempt (its endpoint is gone or disabled). */
    void abandon(WebhookDeliveryId id, String reason, Instant now);

    /** Gives up every pending delivery of an endpoint that was disabled. */
    void abandonPending(WebhookEndpointId endpoint, String reason, Instant now);

    /** Newest first, without attempts. */
    List<WebhookDeliveryView> recent(WorkspaceId workspace, WebhookEndpointId endpoint, int limit);

    /** With every attempt. */
    Optional<WebhookDeliveryView> find(WorkspaceId workspace, WebhookEndpointId endpoint, WebhookDeliveryId id);

    /** Makes a delivery that is not pending due now, at the start of the schedule; whether it was. */
    boolean requeue(WorkspaceId workspace, WebhookEndpointId endpoint, WebhookDeliveryId id, Instant now);

    /** Deletes finished deliveries completed before {@code before}; how many. */
    int prune(Instant before);
}
