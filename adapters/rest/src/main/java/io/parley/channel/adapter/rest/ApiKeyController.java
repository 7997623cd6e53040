package io.parley.channel.adapter.rest;

import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyId;
import io.parley.channel.ApiKeyView;
import io.parley.channel.IssuedApiKey;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators managing the API keys of an API-channel inbox: the secret ({@code pk_...}) is in the answer to
 * create and rotate only; it is stored hashed. See docs/channels.md.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/inboxes/{inboxId}/api-keys")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ApiKeyController {

    record CreateApiKeyRequest(@Nullable String name) {}

    /** A key without its secret; {@code prefix} is its first characters. */
    record ApiKeyResponse(String id, String inboxId, String name, String prefix, Instant createdAt,
                          @Nullable Instant rotatedAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
                          boolean revoked) {

        static ApiKeyResponse of(ApiKeyView view) {
            return new ApiKeyResponse(view.id().toString(), view.inboxId().toString(), view.name(), view.prefix(),
                    view.createdAt(), view.rotatedAt(), view.lastUsedAt(), view.revokedAt(), view.revoked());
        }
    }

    /** The key and its secret: shown in this answer only. */
    record IssuedApiKeyResponse(ApiKeyResponse key, String secret) {

        static IssuedApiKeyResponse of(IssuedApiKey issued) {
            return new IssuedApiKeyResponse(ApiKeyResponse.of(issued.key()), issued.secret());
        }
    }

    private final ApiKeyAdministration keys;

    ApiKeyController(ApiKeyAdministration keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "The inbox's API keys, oldest first, revoked ones included (admins only; never the secrets)")
    ItemsResponse<ApiKeyResponse> list(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId) {
        return new ItemsResponse<>(keys.list(workspace, InboxId.parse(inboxId)).stream().map(ApiKeyResponse::of)
                .toList());
    }

    @PostMapping
    @Operation(summary = "Create an API key for an inbox of channel API (admins only); the answer carries the secret,"
            + " shown this once", description = "400 channel.not-api-inbox for an inbox of another channel, "
            + "channel.invalid-api-key-name for a name that is missing or longer than 80 characters.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<IssuedApiKeyResponse> create(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId,
                                                @RequestBody CreateApiKeyRequest request) {
        var issued = IssuedApiKeyResponse.of(keys.create(workspace, InboxId.parse(inboxId),
                request.name() == null ? "" : request.name()));
        return ResponseEntity.created(URI.create("/api/v1/inboxes/" + inboxId + "/api-keys/" + issued.key().id()))
                .body(issued);
    }

    @PostMapping("/{keyId}/rotate")
    @Operation(summary = "Give an API key a new secret, shown this once; the previous secret stops working at once"
            + " (admins only)", description = "409 channel.api-key-revoked for a revoked key.")
    IssuedApiKeyResponse rotate(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId,
                                @PathVariable String keyId) {
        return IssuedApiKeyResponse.of(keys.rotate(workspace, InboxId.parse(inboxId), ApiKeyId.parse(keyId)));
    }

    @DeleteMapping("/{keyId}")
    @Operation(summary = "Revoke an API key for good (admins only); it stays listed with its revokedAt")
    ApiKeyResponse revoke(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId,
                          @PathVariable String keyId) {
        return ApiKeyResponse.of(keys.revoke(workspace, InboxId.parse(inboxId), ApiKeyId.parse(keyId)));
    }
}
