package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record InboxView(InboxId id, WorkspaceId workspaceId, String name, ChannelType channel,
                        @Nullable String widgetKey, boolean botFirst, boolean enabled, Instant createdAt) {}
