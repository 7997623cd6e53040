package io.parley.workspace.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.model.AllowedOrigin;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import io.parley.workspace.port.Workspaces;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkspacesTests extends PostgresBacked {

    @Autowired
    Workspaces workspaces;

    @Test
    void findsTheOldestWorkspaceFirst() {
        // older than any other workspace of this class, whichever test runs first
        var oldest = Instant.parse("2020-01-01T00:00:00Z");
        workspaces.save(Workspace.create(new WorkspaceName("Newer"), Set.of(), oldest.plusSeconds(60)));
        var older = workspaces.save(Workspace.create(new WorkspaceName("Older"), Set.of(), oldest));

        assertThat(workspaces.findFirst()).map(Workspace::getId).contains(older.getId());
    }

    @Test
    void roundTripsAWorkspaceAndItsChanges() {
        var origins = Set.of(new AllowedOrigin("https://shop.example.com"), new AllowedOrigin("http://localhost:8080"));
        var workspace = workspaces.save(Workspace.create(new WorkspaceName("Acme"), origins, T0));

        var loaded = workspaces.findById(workspace.getId()).orElseThrow();
        assertThat(loaded.name()).isEqualTo(new WorkspaceName("Acme"));
        assertThat(loaded.allowedOrigins()).isEqualTo(origins);
        assertThat(loaded.createdAt()).isEqualTo(T0);

        assertThat(loaded.allowedLinkHosts()).isEmpty();

        var hosts = Set.of(new io.parley.workspace.LinkHost("help.example.com"),
                new io.parley.workspace.LinkHost("*.cdn.example.net"));
        loaded.rename(new WorkspaceName("Acme Ltd"));
        loaded.allowOrigins(Set.of());
        loaded.allowLinksTo(hosts);
        workspaces.save(loaded);

        var reloaded = workspaces.findById(workspace.getId()).orElseThrow();
        assertThat(reloaded.name().value()).isEqualTo("Acme Ltd");
        assertThat(reloaded.allowedOrigins()).isEmpty();
        assertThat(reloaded.allowedLinkHosts()).isEqualTo(hosts);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(workspaces.findById(WorkspaceId.random())).isEmpty();
    }
}
