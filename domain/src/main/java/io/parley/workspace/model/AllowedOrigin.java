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

    /** {@code *}: every origin; for visitors' pages only, never for agents. */
    public boolean isWildcard() {
        return "*".equals(value);
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
            String scheme = uri.getScheme();
            boolean web = "http".equals(scheme) || "https".equals(scheme);
            boolean bare = uri.getHost() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getUserInfo() == null;
            String authority = uri.getRawAuthority();
            int port = uri.getPort();
            boolean portWritten = authority != null && authority.matches(".*:[0-9]*$") && !authority.endsWith("]");
            boolean portValid = !portWritten || (port >= 1 && port <= 65535 && !authority.matches(".*:0[0-9]*$"));
            if (web && bare && portValid && !(authority != null && authority.endsWith(":"))) {
                // browsers leave the scheme's default port out of Origin, so store it the way they send it
                boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
                return scheme + "://" + uri.getHost() + (port == -1 || defaultPort ? "" : ":" + port);
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw DomainException.invalid("workspace.invalid-origin",
                "'" + raw + "' is not an origin; write it as scheme://host[:port], for example https://shop.example.com");
    }
}
