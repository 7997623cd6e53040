package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationQueries;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.shared.ConversationId;
import io.parley.shared.PageRequest;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.parley.shared.adapter.rest.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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

/** The agent console's view of the workspace's conversations and their messages. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class AgentConversationController {

    private final ConversationMessaging messaging;
    private final ConversationQueries queries;
    private final ConversationResponses responses;

    AgentConversationController(ConversationMessaging messaging, ConversationQueries queries,
                                ConversationResponses responses) {
        this.messaging = messaging;
        this.queries = queries;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Search conversations: status is a comma-separated list, assignee an agent id or 'me', q a text")
    PageResponse<ConversationResponse> search(Actor.Agent agent,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(required = false) @Nullable String inbox,
            @RequestParam(required = false) @Nullable String visitor,
            @Parameter(description = "text in the visitor's name or e-mail or in a message, ignoring case")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "a tag the conversations carry")
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var filter = ConversationParameters.filter(agent, status, assignee, unassigned, inbox, visitor, q, tag);
        var found = queries.search(agent, filter, new PageRequest(page, size));
        var last = queries.lastMessages(agent, found.items().stream().map(ConversationView::id).toList());
        return PageResponse.of(found, view -> responses.of(view, last.get(view.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One conversation")
    ConversationResponse get(Actor.Agent agent, @PathVariable String id) {
        return responses.of(messaging.get(agent, ConversationId.parse(id)));
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Messages, internal notes included, after a sequence number or just before one")
    ItemsResponse<MessageResponse> messages(Actor.Agent agent, @PathVariable String id,
            @RequestParam(defaultValue = "0") long after, @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = ConversationParameters.DEFAULT_HISTORY_LIMIT) int limit) {
        var query = ConversationParameters.history(after, before, limit);
        return new ItemsResponse<>(messaging.history(agent, ConversationId.parse(id), query).stream()
                .map(MessageResponse::of).toList());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Reply (TEXT) or add an internal note (NOTE); 200 for a retried clientMessageId")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A retry: the message stored by the first send")
    ResponseEntity<PostedMessageResponse> post(Actor.Agent agent, @PathVariable String id,
            @Valid @RequestBody ConversationRequests.AgentMessageRequest request) {
        MessageKind kind = request.kind() == null ? MessageKind.TEXT : request.kind();
        return PostedMessageResponse.of(messaging.post(new PostMessage(agent, ConversationId.parse(id),
                new ClientMessageId(request.clientMessageId()), kind, request.body())));
    }
}
