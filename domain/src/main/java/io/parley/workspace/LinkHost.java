package io.parley.workspace;

import io.parley.shared.DomainException;
import java.net.IDN;
import java.util.Locale;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A host that answers written by the bot may link to: {@code help.example.com} allows exactly that host,
 * {@code *.example.com} every host below {@code example.com} (not {@code example.com} itself). Stored in ASCII
 * (an internationalised name is kept as its {@code xn--} form), lower case, without a trailing dot.
 */
public record LinkHost(String value) implements ValueObject {

    public static final int MAX_LENGTH = 253;

    public LinkHost {
        value = normalise(value);
    }

    /** Whether a link to {@code host} (any case, Unicode or ASCII) is allowed by this entry. */
    public boolean matches(String host) {
        String candidate = ascii(host);
        if (candidate == null) {
            return false;
        }
        return value.startsWith("*.") ? candidate.endsWith(value.substring(1)) : value.equals(candidate);
    }

    /** The host in the form entries are stored in, or null when it is no host name at all. */
    static String ascii(String host) {
        if (host == null) {
            return null;
        }
        String text = host.strip().toLowerCase(Locale.ROOT);
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            text = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return text.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")
                && text.length() <= MAX_LENGTH ? text : null;
    }

    private static String normalise(String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean wildcard = text.startsWith("*.");
        String host = ascii(wildcard ? text.substring(2) : text);
        // a wildcard needs a registrable name under it: "*.com" would allow half the web
        if (host != null && (!wildcard || host.contains("."))) {
            return wildcard ? "*." + host : host;
        }
        throw DomainException.invalid("workspace.invalid-link-host", "'" + raw + "' is not a host name; write it as"
                + " help.example.com, or *.example.com for every host below example.com (no scheme, port or path)");
    }
}
