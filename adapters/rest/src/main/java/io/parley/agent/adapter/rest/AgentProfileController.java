package io.parley.agent.adapter.rest;

import io.parley.agent.AgentPresence;
import io.parley.agent.AgentProfiles;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.adapter.rest.AgentResponses.AgentResponse;
import io.parley.agent.adapter.rest.AgentResponses.PresenceResponse;
import io.parley.shared.AgentId;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' own profiles (display name and picture; admins may change their colleagues'), and the workspace's
 * presence list. {@code me} stands for the signed-in agent wherever an agent id is expected.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Profile and presence")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class AgentProfileController {

    private final AgentProfiles profiles;
    private final AgentPresence presence;

    AgentProfileController(AgentProfiles profiles, AgentPresence presence) {
        this.profiles = profiles;
        this.presence = presence;
    }

    record RenameRequest(@NotBlank @Size(max = AgentRequests.MAX_NAME) String displayName) {}

    @GetMapping("/presence")
    @Operation(summary = "The workspace's agents and their presence across the cluster (any agent)")
    ItemsResponse<PresenceResponse> presence(AuthenticatedAgent agent) {
        return new ItemsResponse<>(presence.presenceOf(agent.workspaceId()).stream().map(PresenceResponse::of)
                .toList());
    }

    @PatchMapping("/me")
    @Operation(summary = "Change your own display name, the name visitors see beside your replies")
    AgentResponse rename(AuthenticatedAgent agent, @Valid @RequestBody RenameRequest request) {
        return AgentResponse.of(profiles.rename(agent, agent.agentId(), request.displayName()));
    }

    @PutMapping(path = "/{id}/avatar", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload a picture (the request body: a PNG, JPEG or WebP file of at most 256 KB); "
            + "yours with 'me', a colleague's for admins. 413 agent.avatar-too-large, "
            + "400 agent.avatar-unsupported-format")
    AgentResponse changeAvatar(AuthenticatedAgent agent,
            @Parameter(description = "an agent id, or 'me'") @PathVariable String id, HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > AgentProfiles.MAX_AVATAR_BYTES) {
            throw tooLarge();
        }
        byte[] picture = request.getInputStream().readNBytes(AgentProfiles.MAX_AVATAR_BYTES + 1);
        if (picture.length > AgentProfiles.MAX_AVATAR_BYTES) {
            throw tooLarge();
        }
        return AgentResponse.of(profiles.changeAvatar(agent, target(agent, id), picture));
    }

    @DeleteMapping("/{id}/avatar")
    @Operation(summary = "Remove a picture: initials are shown instead; yours with 'me', a colleague's for admins")
    AgentResponse removeAvatar(AuthenticatedAgent agent, @PathVariable String id) {
        return AgentResponse.of(profiles.removeAvatar(agent, target(agent, id)));
    }

    private static AgentId target(AuthenticatedAgent agent, String id) {
        return "me".equals(id) ? agent.agentId() : AgentId.parse(id);
    }

    /** 413 rather than the domain's 400: the request is refused for its size before its content is looked at. */
    private static ErrorResponseException tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the picture is larger than " + AgentProfiles.MAX_AVATAR_BYTES / 1024 + " KB; choose a smaller one");
        problem.setProperty("code", "agent.avatar-too-large");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
