package io.parley.conversation.adapter.rest;

import io.parley.conversation.MessageKind;
import io.parley.conversation.model.MessageBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Bodies of the requests that post messages or change a conversation. */
final class ConversationRequests {

    // MessageBody counts code points; this bound in UTF-16 units only keeps absurd bodies away from the domain
    static final int MAX_BODY_CHARS = 2 * MessageBody.MAX_LENGTH;

    private ConversationRequests() {}

    record VisitorMessageRequest(@NotBlank @Size(max = 64) String clientMessageId,
                          @NotBlank @Size(max = MAX_BODY_CHARS) String body) {}

    /** A message of the API channel: {@code idempotencyKey} as a client message id, unique per conversation. */
    record ApiMessageRequest(@NotBlank @Size(max = 64) String idempotencyKey,
                             @NotBlank @Size(max = MAX_BODY_CHARS) String body) {}

    /** {@code kind} defaults to TEXT; NOTE is an internal note visitors never see. */
    record AgentMessageRequest(@NotBlank @Size(max = 64) String clientMessageId,
                        @NotBlank @Size(max = MAX_BODY_CHARS) String body,
                        @Nullable MessageKind kind) {}

    record AssignRequest(@NotBlank @Size(max = 64) String agentId) {}

    record HandOverRequest(@NotBlank @Size(max = 500) String reason) {}
}
