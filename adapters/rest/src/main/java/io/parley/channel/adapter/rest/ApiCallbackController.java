package io.parley.channel.adapter.rest;

import io.parley.channel.ApiCallbackAdministration;
import io.parley.channel.ApiCallbackView;
import io.parley.channel.IssuedApiCallback;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators setting the callback URL of an API inbox, where agents' and the bot's replies are POSTed; its
 * secret ({@code whsec_...}) is in the answer only when it is made. See docs/channels.md.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/inboxes/{inboxId}/callback")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ApiCallbackController {

    /** {@code rotateSecret}: make a new secret even though the callback has one. */
    record CallbackRequest(@NotBlank @Size(max = 2048) String url, @Nullable Boolean rotateSecret) {}

    record CallbackResponse(String inboxId, String url, Instant createdAt, Instant updatedAt,
                            @Nullable String secret) {

        static CallbackResponse of(ApiCallbackView view, @Nullable String secret) {
            return new CallbackResponse(view.inboxId().toString(), view.url(), view.createdAt(), view.updatedAt(),
                    secret);
        }

        static CallbackResponse of(IssuedApiCallback issued) {
            return of(issued.callback(), issued.secret());
        }
    }

    private final ApiCallbackAdministration callbacks;

    ApiCallbackController(ApiCallbackAdministration callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping
    @Operation(summary = "The API inbox's callback URL (admins only; never its secret)",
            description = "404 channel.callback-not-set when the inbox has none.")
    CallbackResponse get(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId) {
        return callbacks.get(workspace, InboxId.parse(inboxId)).map(view -> CallbackResponse.of(view, null))
                .orElseThrow(() -> DomainException.notFound("channel.callback-not-set",
                        "this inbox has no callback URL"));
    }

    @PutMapping
    @Operation(summary = "Set the API inbox's callback URL (admins only); the answer carries the signing secret when"
            + " it is made: the first time, and when rotateSecret is true",
            description = "400 channel.not-api-inbox for an inbox of another channel; outbound.url-invalid or"
                    + " outbound.address-refused for a URL the outbound guard refuses.")
    CallbackResponse set(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId,
                         @Valid @RequestBody CallbackRequest request) {
        return CallbackResponse.of(callbacks.set(workspace, InboxId.parse(inboxId), request.url(),
                Boolean.TRUE.equals(request.rotateSecret())));
    }

    @DeleteMapping
    @Operation(summary = "Remove the API inbox's callback URL (admins only): replies are no longer sent to it")
    ResponseEntity<Void> remove(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId) {
        callbacks.remove(workspace, InboxId.parse(inboxId));
        return ResponseEntity.noContent().build();
    }
}
