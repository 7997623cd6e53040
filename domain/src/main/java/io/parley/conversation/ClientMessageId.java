package io.parley.conversation;

import io.parley.shared.DomainException;
import java.util.regex.Pattern;

/**
 * The id a client gives a message before sending it, so that a retry of the same send stores nothing new and gets the
 * original acknowledgement back. 1 to 64 characters of letters, digits and {@code . _ : -}.
 */
public record ClientMessageId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public ClientMessageId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw DomainException.invalid("message.invalid-client-id",
                    "a client message id needs 1 to 64 letters, digits or . _ : -");
        }
    }
}
