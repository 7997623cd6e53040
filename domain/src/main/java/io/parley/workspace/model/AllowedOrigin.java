package io.parley.workspace.model;

import io.parley.shared.DomainException;
import java.net.URI;
import java.util.Locale;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A web origin (scheme, host and optional port, no path) allowed to open Parley's WebSocket and embed its widget.
 * {@code *} allows every origin and is meant for development only.
 */
public record AllowedOrigin(String value) implements ValueObject {

    public static final AllowedOrigin ANY = new AllowedOrigin("*");

    public AllowedOrigin {
        value = normalise(value);
    }

    public boolean matches(String origin) {
        return "*".equals(value) || value.equals(origin.trim().toLowerCase(Locale.ROOT));
    }

    private static String normalise(String raw) {
        String text = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if ("*".equals(text)) {
            return text;
        }
        try {
            URI uri = new URI(text);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = uri.getHost() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getUserInfo() == null;
            if (web && bare) {
                return text;
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw DomainException.invalid("workspace.invalid-origin",
                "'" + raw + "' is not an origin; write it as scheme://host[:port], for example https://shop.example.com");
    }
}
