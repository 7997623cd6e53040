package io.parley.visitor;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

public record VisitorSession(String token, WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId,
                             Instant expiresAt, boolean returning) {}
