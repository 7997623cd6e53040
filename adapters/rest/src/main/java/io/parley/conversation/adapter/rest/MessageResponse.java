package io.parley.conversation.adapter.rest;

import io.parley.conversation.AuthorKind;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record MessageResponse(String id, String conversationId, long sequence, String clientMessageId, AuthorResponse author,
                       MessageKind kind, String body, Instant createdAt) {

    /**
     * Who wrote it; {@code id} is absent for the bot and the system. {@code name} and {@code avatarUrl} (a path on
     * this server) show an agent or a named bot as they are now; absent when unknown or hidden from visitors.
     */
    record AuthorResponse(AuthorKind kind, @Nullable String id, @Nullable String name, @Nullable String avatarUrl) {}

    static MessageResponse of(MessageView view) {
        var profile = view.authorProfile();
        var author = new AuthorResponse(view.author().kind(), view.author().id(),
                profile == null ? null : profile.name(), profile == null ? null : profile.avatarUrl());
        return new MessageResponse(view.id().toString(), view.conversationId().toString(), view.sequence(),
                view.clientMessageId(), author, view.kind(), view.body(), view.createdAt());
    }
}
