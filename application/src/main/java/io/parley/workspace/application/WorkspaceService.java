package io.parley.workspace.application;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.LinkHost;
import io.parley.workspace.UpdateWorkspace;
import io.parley.workspace.WorkspaceAdministration;
import io.parley.workspace.WorkspaceView;
import io.parley.workspace.model.AllowedOrigin;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import io.parley.workspace.port.Workspaces;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkspaceService implements WorkspaceAdministration {

    private final Workspaces workspaces;
    private final Clock clock;

    WorkspaceService(Workspaces workspaces, Clock clock) {
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkspaceView get(WorkspaceId id) {
        return view(load(id));
    }

    @Override
    @Transactional
    public WorkspaceView create(String name, List<String> allowedOrigins) {
        var origins = allowedOrigins.stream().map(AllowedOrigin::new).collect(Collectors.toCollection(LinkedHashSet::new));
        return view(workspaces.save(Workspace.create(new WorkspaceName(name), origins, clock.instant())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkspaceView> findFirst() {
        return workspaces.findFirst().map(WorkspaceService::view);
    }

    @Override
    @Transactional
    public WorkspaceView update(UpdateWorkspace command) {
        Workspace workspace = load(command.workspace());
        if (command.name() != null) {
            workspace.rename(new WorkspaceName(command.name()));
        }
        if (command.allowedOrigins() != null) {
            workspace.allowOrigins(command.allowedOrigins().stream().map(AllowedOrigin::new)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        if (command.allowedLinkHosts() != null) {
            workspace.allowLinksTo(command.allowedLinkHosts().stream().map(LinkHost::new)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return view(workspaces.save(workspace));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean admitsOrigin(WorkspaceId id, String origin) {
        return workspaces.findById(id).map(w -> w.admitsOrigin(origin)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean admitsAgentOrigin(WorkspaceId id, String origin) {
        return workspaces.findById(id).map(w -> w.admitsAgentOrigin(origin)).orElse(false);
    }

    private Workspace load(WorkspaceId id) {
        return workspaces.findById(id)
                .orElseThrow(() -> DomainException.notFound("workspace.not-found", "no such workspace"));
    }

    static WorkspaceView view(Workspace w) {
        return new WorkspaceView(w.getId(), w.name().value(),
                w.allowedOrigins().stream().map(AllowedOrigin::value).sorted().toList(),
                w.allowedLinkHosts().stream().map(LinkHost::value).sorted().toList(), w.createdAt());
    }
}
