package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.shared.ConversationId;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A visitor's own conversations, called by the widget with the visitor token. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/visitor/conversations")
@Tag(name = "Visitor conversations")
@SecurityRequirement(name = ApiSecurity.VISITOR_TOKEN)
class VisitorConversationController {

    private final ConversationMessaging messaging;
    private final ConversationLifecycle lifecycle;
    private final ConversationResponses responses;

    VisitorConversationController(ConversationMessaging messaging, ConversationLifecycle lifecycle,
                                  ConversationResponses responses) {
        this.messaging = messaging;
        this.lifecycle = lifecycle;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The visitor's conversations, newest first")
    ItemsResponse<ConversationResponse> list(Actor.Visitor visitor) {
        return new ItemsResponse<>(messaging.ofVisitor(visitor).stream().map(responses::of).toList());
    }

    @PostMapping
    @Operation(summary = "Start a new conversation in the visitor's inbox")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ConversationResponse> start(Actor.Visitor visitor) {
        ConversationResponse started = responses.of(messaging.start(visitor));
        return ResponseEntity.created(URI.create("/api/v1/visitor/conversations/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the visitor's conversations")
    ConversationResponse get(Actor.Visitor visitor, @PathVariable String id) {
        return responses.of(messaging.get(visitor, ConversationId.parse(id)));
    }

    @PostMapping("/{id}/hand-over")
    @Operation(summary = "Ask for a person: the bot steps back and the conversation waits for an agent; 409"
            + " conversation.not-with-bot unless the bot has it")
    ConversationResponse handOver(Actor.Visitor visitor, @PathVariable String id) {
        return responses.of(lifecycle.handOver(visitor, ConversationId.parse(id), null));
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Messages after a sequence number, or just before one when 'before' is given")
    ItemsResponse<MessageResponse> messages(Actor.Visitor visitor, @PathVariable String id,
            @RequestParam(defaultValue = "0") long after, @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = ConversationParameters.DEFAULT_HISTORY_LIMIT) int limit) {
        var query = ConversationParameters.history(after, before, limit);
        return new ItemsResponse<>(messaging.history(visitor, ConversationId.parse(id), query).stream()
                .map(MessageResponse::of).toList());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a message; 201 when stored, 200 with the stored message for a retried clientMessageId")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A retry: the message stored by the first send")
    ResponseEntity<PostedMessageResponse> post(Actor.Visitor visitor, @PathVariable String id,
            @Valid @RequestBody ConversationRequests.VisitorMessageRequest request) {
        return PostedMessageResponse.of(messaging.post(new PostMessage(visitor, ConversationId.parse(id),
                new ClientMessageId(request.clientMessageId()), MessageKind.TEXT, request.body())));
    }
}
