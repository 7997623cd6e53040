package io.parley.conversation;

/**
 * Where a reply going out through its conversation's channel stands: waiting for its first attempt, accepted by the
 * channel, waiting for another attempt after one failed, or given up (the channel refused it, or every attempt of the
 * schedule failed).
 */
public enum DeliveryState {
    QUEUED, SENT, RETRYING, FAILED
}
