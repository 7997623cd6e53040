package io.parley.visitor;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** @param vip whether the visitor is served by people first (see {@link VisitorStanding}) */
public record VisitorView(VisitorId id, WorkspaceId workspaceId, @Nullable String name, @Nullable String email,
                          Instant firstSeenAt, Instant lastSeenAt, boolean vip) {}
