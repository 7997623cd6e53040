package io.parley.workspace;

import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Changes to a workspace; a null field stays as it is. */
public record UpdateWorkspace(WorkspaceId workspace, @Nullable String name, @Nullable List<String> allowedOrigins,
                              @Nullable List<String> allowedLinkHosts) {

    public UpdateWorkspace(WorkspaceId workspace, @Nullable String name, @Nullable List<String> allowedOrigins) {
        this(workspace, name, allowedOrigins, null);
    }
}
