package io.parley.webhook;

/** Where a delivery stands: waiting for its next attempt, answered with a 2xx, or given up on. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
