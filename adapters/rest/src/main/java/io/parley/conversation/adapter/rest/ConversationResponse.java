package io.parley.conversation.adapter.rest;

import io.parley.channel.ChannelType;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LastMessage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conversation; {@code channel} is its inbox's ({@code WEB_WIDGET}, {@code API}, ...); {@code lastMessage} only in
 * lists, and absent when it has no message but internal notes.
 */
record ConversationResponse(String id, String workspaceId, String inboxId, ChannelType channel, String visitorId,
                            ConversationStatus status,
                            @Nullable String assignee, long lastSequence, Instant createdAt, Instant updatedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LastMessageResponse lastMessage) {

    /** The start of the newest message that is not an internal note (at most 120 characters, then "…"). */
    record LastMessageResponse(AuthorKind author, String text, Instant at) {}

    static ConversationResponse of(ConversationView view, ChannelType channel, @Nullable LastMessage last) {
        return new ConversationResponse(view.id().toString(), view.workspaceId().toString(),
                view.inboxId().toString(), channel, view.visitorId().toString(), view.status(),
                view.assignee() == null ? null : view.assignee().toString(), view.lastSequence(), view.createdAt(),
                view.updatedAt(), last == null ? null : new LastMessageResponse(last.author(), last.text(), last.at()));
    }
}
