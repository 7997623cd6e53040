package io.parley.workspace.adapter.rest;

import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.workspace.UpdateWorkspace;
import io.parley.workspace.WorkspaceAdministration;
import io.parley.workspace.WorkspaceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators reading and changing their workspace's settings. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/workspace")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class WorkspaceController {

    private final WorkspaceAdministration workspaces;

    WorkspaceController(WorkspaceAdministration workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    @Operation(summary = "The signed-in admin's workspace")
    WorkspaceResponse get(@AdminWorkspace WorkspaceId workspace) {
        return WorkspaceResponse.of(workspaces.get(workspace));
    }

    @PatchMapping
    @Operation(summary = "Rename the workspace, replace its allowed origins or the hosts the bot's answers may link"
            + " to; fields left out stay as they are")
    WorkspaceResponse update(@AdminWorkspace WorkspaceId workspace,
            @Valid @RequestBody UpdateWorkspaceRequest request) {
        return WorkspaceResponse.of(workspaces.update(new UpdateWorkspace(workspace, request.name(),
                request.allowedOrigins(), request.allowedLinkHosts())));
    }

    /**
     * {@code allowedOrigins} are origins such as {@code https://shop.example.com}, or {@code *} for development;
     * {@code allowedLinkHosts} host names such as {@code help.example.com} or {@code *.example.com}: links in the
     * bot's answers to any other host are taken out.
     */
    record UpdateWorkspaceRequest(@Nullable @Size(min = 1, max = 120) String name,
                         @Nullable @Size(max = 100) List<@NotBlank @Size(max = 255) String> allowedOrigins,
                         @Nullable @Size(max = 100) List<@NotBlank @Size(max = 255) String> allowedLinkHosts) {}

    record WorkspaceResponse(String id, String name, List<String> allowedOrigins, List<String> allowedLinkHosts,
                             Instant createdAt) {

        static WorkspaceResponse of(WorkspaceView view) {
            return new WorkspaceResponse(view.id().toString(), view.name(), view.allowedOrigins(),
                    view.allowedLinkHosts(), view.createdAt());
        }
    }
}
