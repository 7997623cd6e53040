package io.parley.agent.adapter.rest;

import io.parley.agent.AgentAdministration;
import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.agent.UpdateAgent;
import io.parley.agent.adapter.rest.AgentResponses.AgentResponse;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators managing their workspace's agents. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class AgentAdminController {

    private final AgentAdministration agents;

    AgentAdminController(AgentAdministration agents) {
        this.agents = agents;
    }

    @GetMapping
    @Operation(summary = "The workspace's agents (admins only)")
    ItemsResponse<AgentResponse> list(@AdminWorkspace WorkspaceId workspace) {
        return new ItemsResponse<>(agents.list(workspace).stream().map(AgentResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agent (admins only)")
    AgentResponse get(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return agents.find(workspace, AgentId.parse(id)).map(AgentResponse::of)
                .orElseThrow(() -> DomainException.notFound("agent.not-found", "there is no agent " + id
                        + " in this workspace"));
    }

    @PostMapping
    @Operation(summary = "Add an agent (admins only); role defaults to AGENT")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<AgentResponse> register(@AdminWorkspace WorkspaceId workspace,
            @Valid @RequestBody AgentRequests.RegisterAgentRequest request) {
        Role role = request.role() == null ? Role.AGENT : request.role();
        AgentResponse registered = AgentResponse.of(agents.register(new RegisterAgent(workspace, request.email(),
                request.displayName(), role, request.password())));
        return ResponseEntity.created(URI.create("/api/v1/agents/" + registered.id())).body(registered);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an agent's name, role, password, or disable them (admins only)")
    AgentResponse update(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
            @Valid @RequestBody AgentRequests.UpdateAgentRequest request) {
        return AgentResponse.of(agents.update(new UpdateAgent(workspace, AgentId.parse(id), request.displayName(),
                request.role(), request.enabled(), request.password())));
    }
}
