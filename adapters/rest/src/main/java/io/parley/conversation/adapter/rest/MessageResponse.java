package io.parley.conversation.adapter.rest;

import io.parley.conversation.AuthorKind;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record MessageResponse(String id, String conversationId, long sequence, String clientMessageId, AuthorResponse author,
                       MessageKind kind, String body, Instant createdAt) {

    /** Who wrote it; {@code id} is empty for the bot and the system. */
    record AuthorResponse(AuthorKind kind, @Nullable String id) {}

    static MessageResponse of(MessageView view) {
        return new MessageResponse(view.id().toString(), view.conversationId().toString(), view.sequence(),
                view.clientMessageId(), new AuthorResponse(view.author().kind(), view.author().id()), view.kind(),
                view.body(), view.createdAt());
    }
}
