package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored message. {@code authorProfile} is how its author is shown now (their current name and picture, not the
 * ones at the time of writing); null for visitors, the system, a bot without a configured name, and agents who no
 * longer exist.
 */
public record MessageView(MessageId id, ConversationId conversationId, long sequence, String clientMessageId,
                          Author author, MessageKind kind, String body, Instant createdAt,
                          @Nullable AuthorProfile authorProfile) {

    /** A message whose author needs no profile (or whose profile is not known here). */
    public MessageView(MessageId id, ConversationId conversationId, long sequence, String clientMessageId,
                       Author author, MessageKind kind, String body, Instant createdAt) {
        this(id, conversationId, sequence, clientMessageId, author, kind, body, createdAt, null);
    }

    public MessageView withProfile(@Nullable AuthorProfile profile) {
        return new MessageView(id, conversationId, sequence, clientMessageId, author, kind, body, createdAt, profile);
    }

    /** The message as its visitor may see it: without the author's profile when the inbox hides who answers. */
    public MessageView forVisitors() {
        return authorProfile == null || authorProfile.shownToVisitors() ? this : withProfile(null);
    }
}
