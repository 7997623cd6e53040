package io.parley.conversation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who wrote a message: a visitor or agent by id, or the bot or the system. */
public record Author(AuthorKind kind, @Nullable String id) {

    public Author {
        Objects.requireNonNull(kind);
        if ((kind == AuthorKind.VISITOR || kind == AuthorKind.AGENT) && id == null) {
            throw new IllegalArgumentException(kind + " authors need an id");
        }
    }

    public static final Author BOT = new Author(AuthorKind.BOT, null);
    public static final Author SYSTEM = new Author(AuthorKind.SYSTEM, null);
}
