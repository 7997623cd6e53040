package io.parley.shared.adapter.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What came back from an outbound call that reached its server.
 *
 * @param status     the HTTP status; redirects are not followed, so a 3xx is an answer like any other
 * @param retryAfter the {@code Retry-After} header's value, when present
 * @param body       the start of the response body (at most {@link GuardedHttpClient#MAX_RESPONSE_BYTES}), as text
 * @param took       from sending the request to the end of the answer
 */
public record OutboundResponse(int status, @Nullable String retryAfter, String body, Duration took) {}
