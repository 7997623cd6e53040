package io.parley.webhook.model;

import io.parley.shared.DomainException;
import io.parley.shared.WebhookSecret;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEndpointView;
import io.parley.webhook.WebhookEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's receiver of webhooks: its URL (already passed by the outbound guard), the events it subscribes to,
 * and the secrets deliveries are signed with. After a rotation the previous secret keeps signing too until it expires,
 * so a receiver verifying with either accepts deliveries while it switches.
 */
public final class WebhookEndpoint implements AggregateRoot<WebhookEndpoint, WebhookEndpointId> {

    public static final int MAX_DESCRIPTION_LENGTH = 200;

    private final WebhookEndpointId id;
    private final WorkspaceId workspaceId;
    private String url;
    private String description;
    private Set<WebhookEventType> events;
    private WebhookSecret secret;
    private @Nullable WebhookSecret previousSecret;
    private @Nullable Instant previousSecretExpiresAt;
    private boolean enabled;
    private @Nullable String disabledReason;
    private @Nullable Instant disabledAt;
    private final Instant createdAt;
    private Instant updatedAt;

    public WebhookEndpoint(WebhookEndpointId id, WorkspaceId workspaceId, String url, String description,
                           Set<WebhookEventType> events, WebhookSecret secret, @Nullable WebhookSecret previousSecret,
                           @Nullable Instant previousSecretExpiresAt, boolean enabled, @Nullable String disabledReason,
                           @Nullable Instant disabledAt, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.url = Objects.requireNonNull(url);
        this.description = description(description);
        this.events = events(events);
        this.secret = Objects.requireNonNull(secret);
        this.previousSecret = previousSecret;
        this.previousSecretExpiresAt = previousSecretExpiresAt;
        this.enabled = enabled;
        this.disabledReason = disabledReason;
        this.disabledAt = disabledAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new, enabled endpoint with a new secret; {@code url} must have passed the outbound guard. */
    public static WebhookEndpoint create(WorkspaceId workspace, String url, @Nullable String description,
                                         Set<WebhookEventType> events, Instant now) {
        return new WebhookEndpoint(WebhookEndpointId.random(), workspace, url, description == null ? "" : description,
                events, WebhookSecret.generate(), null, null, true, null, null, now, now);
    }

    public void change(@Nullable String url, @Nullable String description, @Nullable Set<WebhookEventType> events,
                       @Nullable Boolean enabled, Instant now) {
        String newDescription = description == null ? this.description : description(description);
        Set<WebhookEventType> newEvents = events == null ? this.events : events(events);
        if (url != null) {
            this.url = url;
        }
        this.description = newDescription;
        this.events = newEvents;
        if (enabled != null && enabled != this.enabled) {
            if (enabled) {
                this.enabled = true;
                this.disabledReason = null;
                this.disabledAt = null;
            } else {
                disable("Disabled by an administrator.", now);
            }
        }
        this.updatedAt = now;
    }

    /** Stops deliveries to this endpoint, saying why; its administrators see the reason. */
    public void disable(String reason, Instant now) {
        this.enabled = false;
        this.disabledReason = reason;
        this.disabledAt = now;
        this.updatedAt = now;
    }

    /** A new secret; the current one keeps signing as well for {@code overlap}. */
    public void rotateSecret(Duration overlap, Instant now) {
        this.previousSecret = secret;
        this.previousSecretExpiresAt = now.plus(overlap);
        this.secret = WebhookSecret.generate();
        this.updatedAt = now;
    }

    /** The secrets a delivery made at {@code now} is signed with: the current one first. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean subscribesTo(WebhookEventType type) {
        return enabled && events.contains(type);
    }

    public WebhookEndpointView view() {
        return new WebhookEndpointView(id, workspaceId, url, description, Set.copyOf(events), enabled, disabledReason,
                disabledAt, createdAt, updatedAt);
    }

    private static String description(@Nullable String text) {
        String description = text == null ? "" : text.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw DomainException.invalid("webhook.description-too-long",
                    "A description has at most " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        if (description.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw DomainException.invalid("webhook.description-invalid", "A description is one line of text.");
        }
        return description;
    }

    private static Set<WebhookEventType> events(Set<WebhookEventType> events) {
        if (events.isEmpty()) {
            throw DomainException.invalid("webhook.events-required", "Subscribe the endpoint to at least one event.");
        }
        return Set.copyOf(EnumSet.copyOf(events));
    }

    @Override
    public WebhookEndpointId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<WebhookEventType> events() {
        return events;
    }

    public WebhookSecret secret() {
        return secret;
    }

    public @Nullable WebhookSecret previousSecret() {
        return previousSecret;
    }

    public @Nullable Instant previousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable String disabledReason() {
        return disabledReason;
    }

    public @Nullable Instant disabledAt() {
        return disabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
