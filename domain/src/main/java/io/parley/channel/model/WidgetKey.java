package io.parley.channel.model;

import io.parley.shared.DomainException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jmolecules.ddd.types.ValueObject;

/** The public key a web page names in its embed snippet; it identifies an inbox, it is not a secret. */
public record WidgetKey(String value) implements ValueObject {

    private static final SecureRandom RANDOM = new SecureRandom();

    public WidgetKey {
        if (value == null || !value.matches("wk_[0-9a-f]{24}")) {
            throw DomainException.invalid("channel.invalid-widget-key", "a widget key looks like wk_ followed by 24 hex digits");
        }
    }

    public static WidgetKey generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new WidgetKey("wk_" + HexFormat.of().formatHex(bytes));
    }
}
