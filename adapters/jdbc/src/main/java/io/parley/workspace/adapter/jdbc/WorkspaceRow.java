package io.parley.workspace.adapter.jdbc;

import io.parley.shared.WorkspaceId;
import io.parley.workspace.LinkHost;
import io.parley.workspace.model.AllowedOrigin;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("workspace")
record WorkspaceRow(@Id UUID id, String name, List<String> allowedOrigins, List<String> allowedLinkHosts,
                    Instant createdAt) {

    static WorkspaceRow of(Workspace workspace) {
        // sorted, so that the stored array does not change with set iteration order
        var origins = workspace.allowedOrigins().stream().map(AllowedOrigin::value).sorted().toList();
        var hosts = workspace.allowedLinkHosts().stream().map(LinkHost::value).sorted().toList();
        return new WorkspaceRow(workspace.getId().value(), workspace.name().value(), origins, hosts,
                workspace.createdAt());
    }

    Workspace toWorkspace() {
        var origins = allowedOrigins.stream().map(AllowedOrigin::new).collect(Collectors.toSet());
        var hosts = allowedLinkHosts.stream().map(LinkHost::new).collect(Collectors.toSet());
        return new Workspace(new WorkspaceId(id), new WorkspaceName(name), origins, hosts, createdAt);
    }
}
