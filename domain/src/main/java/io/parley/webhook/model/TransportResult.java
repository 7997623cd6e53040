package io.parley.webhook.model;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a POST to an endpoint came to: an answer ({@code status}), or no answer with the reason ({@code error}).
 *
 * @param retryAfter the answer's {@code Retry-After}, as sent
 * @param refused    the outbound guard refused the address the host resolved to; nothing was sent
 */
public record TransportResult(@Nullable Integer status, @Nullable String retryAfter, @Nullable String body,
                              Duration took, @Nullable String error, boolean refused) {

    public static TransportResult answered(int status, @Nullable String retryAfter, String body, Duration took) {
        return new TransportResult(status, retryAfter, body, took, null, false);
    }

    public static TransportResult failed(String error, boolean refused, Duration took) {
        return new TransportResult(null, null, null, took, error, refused);
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }
}
