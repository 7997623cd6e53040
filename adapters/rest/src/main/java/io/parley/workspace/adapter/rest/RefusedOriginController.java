package io.parley.workspace.adapter.rest;

import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.parley.workspace.OriginRefusals;
import io.parley.workspace.RefusedOriginView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page origins the workspace recently turned away, for administrators who may want to allow one. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/workspace/refused-origins")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class RefusedOriginController {

    private final OriginRefusals refusals;

    RefusedOriginController(OriginRefusals refusals) {
        this.refusals = refusals;
    }

    @GetMapping
    @Operation(summary = "Origins of pages whose widget was refused lately and that are still not allowed, most recent first")
    ItemsResponse<RefusedOriginResponse> list(@AdminWorkspace WorkspaceId workspace) {
        return new ItemsResponse<>(refusals.recent(workspace).stream().map(RefusedOriginResponse::of).toList());
    }

    record RefusedOriginResponse(String origin, long refusals, Instant lastRefusedAt) {

        static RefusedOriginResponse of(RefusedOriginView view) {
            return new RefusedOriginResponse(view.origin(), view.refusals(), view.lastRefusedAt());
        }
    }
}
