package io.parley.visitor;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

/** What a visitor token vouches for: this browser acts as this visitor of this workspace, through this inbox, until then. */
public record VisitorClaims(WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId, Instant expiresAt) {}
