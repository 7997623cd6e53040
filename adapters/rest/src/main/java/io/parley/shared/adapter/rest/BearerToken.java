package io.parley.shared.adapter.rest;

import io.parley.shared.DomainException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the token from an {@code Authorization: Bearer <token>} header (RFC 6750). */
public final class BearerToken {

    private static final Pattern FORM = Pattern.compile("(?i)bearer +([A-Za-z0-9._~+/-]{1,512}=*)\\s*");

    private BearerToken() {}

    /**
     * @throws DomainException {@code auth.required} when there is no such header, {@code auth.invalid-token} when it
     *         is not a bearer token
     */
    public static String from(@Nullable String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw DomainException.unauthenticated("auth.required",
                    "sign in first and send the token as 'Authorization: Bearer <token>'");
        }
        var matcher = FORM.matcher(authorization.strip());
        if (!matcher.matches()) {
            throw invalid();
        }
        return matcher.group(1);
    }

    public static DomainException invalid() {
        return DomainException.unauthenticated("auth.invalid-token",
                "the token is invalid or has expired; sign in again");
    }
}
