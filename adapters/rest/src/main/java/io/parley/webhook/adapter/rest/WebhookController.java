package io.parley.webhook.adapter.rest;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.parley.webhook.DeliveryStatus;
import io.parley.webhook.WebhookAdministration;
import io.parley.webhook.WebhookAttemptView;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookDeliveryView;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEndpointSecret;
import io.parley.webhook.WebhookEndpointView;
import io.parley.webhook.WebhookEventType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outbound webhooks of the administrator's workspace: endpoints (their secret is shown when made or rotated only),
 * the events they subscribe to, the delivery log and replay. See docs/webhooks.md for what receivers get.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class WebhookController {

    /** The most events one request may name (there are fewer kinds; more is a malformed request). */
    private static final int MAX_EVENTS = 50;

    record EndpointRequest(@Nullable String url, @Nullable String description, @Nullable List<String> events) {}

    /** Fields left out keep their value. */
    record EndpointPatch(@Nullable String url, @Nullable String description, @Nullable List<String> events,
                         @Nullable Boolean enabled) {}

    record EndpointResponse(String id, String url, String description, List<String> events, boolean enabled,
                            @Nullable String disabledReason, @Nullable Instant disabledAt, Instant createdAt,
                            Instant updatedAt) {

        static EndpointResponse of(WebhookEndpointView view) {
            return new EndpointResponse(view.id().toString(), view.url(), view.description(),
                    view.events().stream().sorted().map(WebhookEventType::wireName).toList(), view.enabled(),
                    view.disabledReason(), view.disabledAt(), view.createdAt(), view.updatedAt());
        }
    }

    /** The endpoint with its secret: shown in this answer only. */
    record EndpointSecretResponse(EndpointResponse endpoint, String secret, @Nullable Instant previousSecretExpiresAt) {

        static EndpointSecretResponse of(WebhookEndpointSecret created) {
            return new EndpointSecretResponse(EndpointResponse.of(created.endpoint()), created.secret(),
                    created.previousSecretExpiresAt());
        }
    }

    record EventTypeResponse(String name, String description) {}

    record AttemptResponse(int attempt, Instant at, long durationMillis, long webhookTimestamp,
                           @Nullable Integer responseStatus, @Nullable String responseBody, @Nullable String error) {

        static AttemptResponse of(WebhookAttemptView view) {
            return new AttemptResponse(view.attempt(), view.at(), view.durationMillis(), view.webhookTimestamp(),
                    view.responseStatus(), view.responseBody(), view.error());
        }
    }

    record DeliveryResponse(String id, String endpointId, String webhookId, String eventType, DeliveryStatus status,
                            int attempts, @Nullable Instant nextAttemptAt, @Nullable Integer lastResponseStatus,
                            @Nullable String lastError, Instant createdAt, @Nullable Instant completedAt,
                            @Nullable String payload, @Nullable List<AttemptResponse> attemptLog) {

        static DeliveryResponse of(WebhookDeliveryView view, boolean full) {
            return new DeliveryResponse(view.id().toString(), view.endpointId().toString(), view.messageId(),
                    view.eventType().wireName(), view.status(), view.attempts(), view.nextAttemptAt(),
                    view.lastResponseStatus(), view.lastError(), view.createdAt(), view.completedAt(),
                    full ? view.payload() : null,
                    full ? view.attemptLog().stream().map(AttemptResponse::of).toList() : null);
        }
    }

    private final WebhookAdministration webhooks;

    WebhookController(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/event-types")
    @Operation(summary = "The events an endpoint can subscribe to")
    ItemsResponse<EventTypeResponse> eventTypes(@AdminWorkspace WorkspaceId workspace) {
        return new ItemsResponse<>(Arrays.stream(WebhookEventType.values())
                .map(type -> new EventTypeResponse(type.wireName(), type.description())).toList());
    }

    @GetMapping("/endpoints")
    @Operation(summary = "The workspace's endpoints, oldest first (without secrets)")
    ItemsResponse<EndpointResponse> list(@AdminWorkspace WorkspaceId workspace) {
        return new ItemsResponse<>(webhooks.list(workspace).stream().map(EndpointResponse::of).toList());
    }

    @PostMapping("/endpoints")
    @Operation(summary = "Add an endpoint; the answer carries its signing secret, shown this once",
            description = "The URL must be http or https and its host must resolve to public addresses only, unless "
                    + "parley.outbound.allowed-hosts opens it: 400 outbound.url-invalid or outbound.address-refused.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<EndpointSecretResponse> create(@AdminWorkspace WorkspaceId workspace,
                                                  @RequestBody EndpointRequest request) {
        var created = EndpointSecretResponse.of(webhooks.create(workspace, required(request.url()),
                request.description(), events(request.events() == null ? List.of() : request.events())));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/endpoints/" + created.endpoint().id()))
                .body(created);
    }

    @GetMapping("/endpoints/{id}")
    @Operation(summary = "One endpoint (without its secret)")
    EndpointResponse get(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return EndpointResponse.of(webhooks.get(workspace, WebhookEndpointId.parse(id)));
    }

    @PatchMapping("/endpoints/{id}")
    @Operation(summary = "Change an endpoint's URL, description or events, or disable or enable it")
    EndpointResponse update(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
                            @RequestBody EndpointPatch patch) {
        return EndpointResponse.of(webhooks.update(workspace, WebhookEndpointId.parse(id), patch.url(),
                patch.description(), patch.events() == null ? null : events(patch.events()), patch.enabled()));
    }

    @DeleteMapping("/endpoints/{id}")
    @Operation(summary = "Delete an endpoint and its delivery log")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        webhooks.delete(workspace, WebhookEndpointId.parse(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/endpoints/{id}/rotate-secret")
    @Operation(summary = "Give an endpoint a new secret, shown this once; the previous one keeps signing for a while "
            + "(parley.webhooks.secret-overlap), so deliveries carry both signatures")
    EndpointSecretResponse rotateSecret(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return EndpointSecretResponse.of(webhooks.rotateSecret(workspace, WebhookEndpointId.parse(id)));
    }

    @GetMapping("/endpoints/{id}/deliveries")
    @Operation(summary = "The endpoint's most recent deliveries, newest first (limit 1 to 100, default 50)")
    ItemsResponse<DeliveryResponse> deliveries(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
                                               @RequestParam(defaultValue = "50") int limit) {
        return new ItemsResponse<>(webhooks.deliveries(workspace, WebhookEndpointId.parse(id), limit).stream()
                .map(view -> DeliveryResponse.of(view, false)).toList());
    }

    @GetMapping("/endpoints/{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery: its request body and every attempt with the answer's status, time and start")
    DeliveryResponse delivery(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
                              @PathVariable String deliveryId) {
        return DeliveryResponse.of(webhooks.delivery(workspace, WebhookEndpointId.parse(id),
                WebhookDeliveryId.parse(deliveryId)), true);
    }

    @PostMapping("/endpoints/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Send a delivered or failed delivery again now, with the same webhook-id")
    @ApiResponse(responseCode = "202", description = "Queued")
    ResponseEntity<DeliveryResponse> replay(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
                                            @PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(DeliveryResponse.of(webhooks.replay(workspace,
                WebhookEndpointId.parse(id), WebhookDeliveryId.parse(deliveryId)), true));
    }

    private static String required(@Nullable String url) {
        if (url == null) {
            throw DomainException.invalid("outbound.url-invalid", "A URL is required.");
        }
        return url;
    }

    private static Set<WebhookEventType> events(List<String> names) {
        if (names.size() > MAX_EVENTS) {
            throw DomainException.invalid("webhook.events-too-many", "At most " + MAX_EVENTS + " event names.");
        }
        var events = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            events.add(WebhookEventType.parse(name));
        }
        return events;
    }
}
