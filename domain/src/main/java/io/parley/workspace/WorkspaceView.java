package io.parley.workspace;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

public record WorkspaceView(WorkspaceId id, String name, List<String> allowedOrigins, Instant createdAt) {}
