package io.parley.agent.adapter.rest;

import io.parley.agent.AgentAdministration;
import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.SignIn;
import io.parley.agent.SignedIn;
import io.parley.agent.adapter.rest.AgentResponses.AgentSummary;
import io.parley.agent.adapter.rest.AgentResponses.LoginResponse;
import io.parley.shared.ClientAddresses;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ClientAddress;
import io.parley.shared.adapter.rest.BearerToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Console sign-in and sign-out. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final AgentAuthentication authentication;
    private final AgentAdministration agents;
    private final ClientAddresses addresses;

    AuthController(AgentAuthentication authentication, AgentAdministration agents, ClientAddresses addresses) {
        this.authentication = authentication;
        this.agents = agents;
        this.addresses = addresses;
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with e-mail and password; answers a bearer token")
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins from this client (auth.locked), "
            + "or too many requests (request.rate-limited); see Retry-After")
    ResponseEntity<LoginResponse> login(@Valid @RequestBody AgentRequests.LoginRequest request,
                                        HttpServletRequest http) {
        SignedIn signedIn = authentication.signIn(new SignIn(request.email(), request.password(),
                ClientAddress.of(http, addresses)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new LoginResponse(signedIn.token(), signedIn.expiresAt(), AgentSummary.of(signedIn.agent())));
    }

    @PostMapping("/logout")
    @Operation(summary = "End the session of the token sent")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
    ResponseEntity<Void> logout(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization) {
        authentication.signOut(BearerToken.from(authorization));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in agent")
    @SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
    AgentSummary me(AuthenticatedAgent agent) {
        return agents.find(agent.workspaceId(), agent.agentId()).map(AgentSummary::of)
                .orElseThrow(BearerToken::invalid); // deleted since the token was issued
    }
}
