package io.parley.conversation.adapter.rest;

import io.parley.conversation.MessageKind;
import io.parley.conversation.Posted;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A stored message and whether this send was a retry of one already stored ({@code duplicate}); a retry answers 200
 * instead of 201 with the original message.
 */
record PostedMessageResponse(String id, String conversationId, long sequence, String clientMessageId,
                             MessageResponse.AuthorResponse author, MessageKind kind, String body, Instant createdAt,
                             boolean duplicate) {

    static ResponseEntity<PostedMessageResponse> of(Posted posted) {
        MessageResponse message = MessageResponse.of(posted.message());
        var body = new PostedMessageResponse(message.id(), message.conversationId(), message.sequence(),
                message.clientMessageId(), message.author(), message.kind(), message.body(), message.createdAt(),
                posted.duplicate());
        return ResponseEntity.status(posted.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }
}
