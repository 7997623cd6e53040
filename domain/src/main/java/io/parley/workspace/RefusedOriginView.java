package io.parley.workspace;

import java.time.Instant;

/** A page origin the workspace turned away: how often, and when last. */
public record RefusedOriginView(String origin, long refusals, Instant lastRefusedAt) {}
