package io.parley.visitor;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A channel's user as Parley knows them.
 *
 * @param created whether this call made the contact (and its visitor)
 */
public record ContactView(WorkspaceId workspaceId, InboxId inboxId, String externalId, VisitorId visitorId,
                          @Nullable String displayName, Instant firstSeenAt, boolean created) {}
