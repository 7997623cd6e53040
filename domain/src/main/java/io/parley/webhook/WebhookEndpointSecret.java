package io.parley.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint with its signing secret, returned once when the endpoint is made or its secret rotated.
 *
 * @param previousSecretExpiresAt after a rotation, until when the previous secret still signs deliveries as well
 */
public record WebhookEndpointSecret(WebhookEndpointView endpoint, String secret,
                                    @Nullable Instant previousSecretExpiresAt) {}
