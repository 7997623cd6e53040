package io.parley.conversation.adapter.rest;

import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record ConversationResponse(String id, String workspaceId, String inboxId, String visitorId, ConversationStatus status,
                            @Nullable String assignee, long lastSequence, Instant createdAt, Instant updatedAt) {

    static ConversationResponse of(ConversationView view) {
        return new ConversationResponse(view.id().toString(), view.workspaceId().toString(),
                view.inboxId().toString(), view.visitorId().toString(), view.status(),
                view.assignee() == null ? null : view.assignee().toString(), view.lastSequence(), view.createdAt(),
                view.updatedAt());
    }
}
