package io.parley.conversation.adapter.rest;

import io.parley.channel.ApiKeyView;
import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.parley.visitor.ChannelContacts;
import io.parley.visitor.ContactView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API channel: a company's own app or backend, with an inbox's API key, speaks for its users (contacts, known
 * by the integrator's own user id) in that inbox. A contact is a visitor of the inbox; their conversations and
 * messages are those of the visitor, so agents, the bot and webhooks treat them like the widget's. See
 * docs/channels.md.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/channel/contacts")
@Tag(name = "API channel")
@SecurityRequirement(name = ApiSecurity.API_KEY)
class ApiChannelController {

    /** {@code displayName}: shown to agents; left out, the stored one stays. */
    record ContactRequest(@Nullable String displayName) {}

    record ContactResponse(String externalId, String visitorId, @Nullable String displayName, Instant firstSeenAt) {

        static ContactResponse of(ContactView view) {
            return new ContactResponse(view.externalId(), view.visitorId().toString(), view.displayName(),
                    view.firstSeenAt());
        }
    }

    private final ChannelContacts contacts;
    private final ConversationMessaging messaging;
    private final ConversationResponses responses;

    ApiChannelController(ChannelContacts contacts, ConversationMessaging messaging, ConversationResponses responses) {
        this.contacts = contacts;
        this.messaging = messaging;
        this.responses = responses;
    }

    @PutMapping("/{externalId}")
    @Operation(summary = "Create or identify a contact by your own user id; 201 when made now, 200 when known",
            description = "externalId: 1 to 128 letters, digits or . _ : @ + - (400 visitor.invalid-external-id).")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Known already (a displayName given replaces the stored one)")
    ResponseEntity<ContactResponse> identify(ApiKeyView key, @PathVariable String externalId,
                                             @RequestBody(required = false) @Nullable ContactRequest request) {
        ContactView contact = contacts.identify(key.workspaceId(), key.inboxId(), externalId,
                request == null ? null : request.displayName());
        return ResponseEntity.status(contact.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ContactResponse.of(contact));
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "A contact of the key's inbox; 404 visitor.contact-not-found for an id never identified")
    ContactResponse get(ApiKeyView key, @PathVariable String externalId) {
        return ContactResponse.of(contact(key, externalId));
    }

    @GetMapping("/{externalId}/conversations")
    @Operation(summary = "The contact's conversations, newest first")
    ItemsResponse<ConversationResponse> conversations(ApiKeyView key, @PathVariable String externalId) {
        return new ItemsResponse<>(messaging.ofVisitor(actor(key, externalId)).stream()
                .map(responses::of).toList());
    }

    @PostMapping("/{externalId}/conversations")
    @Operation(summary = "Start a conversation for the contact in the key's inbox")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ConversationResponse> start(ApiKeyView key, @PathVariable String externalId) {
        ConversationResponse started = responses.of(messaging.start(actor(key, externalId)));
        return ResponseEntity.created(URI.create("/api/v1/channel/contacts/" + externalId + "/conversations/"
                + started.id())).body(started);
    }

    @GetMapping("/{externalId}/conversations/{id}")
    @Operation(summary = "One of the contact's conversations; 404 conversation.not-found for any other")
    ConversationResponse conversation(ApiKeyView key, @PathVariable String externalId, @PathVariable String id) {
        return responses.of(messaging.get(actor(key, externalId), ConversationId.parse(id)));
    }

    @GetMapping("/{externalId}/conversations/{id}/messages")
    @Operation(summary = "The conversation's messages after a sequence number (poll with the last one you have), or"
            + " just before one when 'before' is given; agents' and the bot's replies included, internal notes never")
    ItemsResponse<MessageResponse> messages(ApiKeyView key, @PathVariable String externalId, @PathVariable String id,
            @RequestParam(defaultValue = "0") long after, @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = ConversationParameters.DEFAULT_HISTORY_LIMIT) int limit) {
        var query = ConversationParameters.history(after, before, limit);
        return new ItemsResponse<>(messaging.history(actor(key, externalId), ConversationId.parse(id), query)
                .stream().map(MessageResponse::of).toList());
    }

    @PostMapping("/{externalId}/conversations/{id}/messages")
    @Operation(summary = "Post the contact's message; 201 when stored, 200 with the stored message when the"
            + " idempotencyKey was used before in the conversation (nothing is stored again)")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A resend: the message stored by the first request")
    ResponseEntity<PostedMessageResponse> post(ApiKeyView key, @PathVariable String externalId,
            @PathVariable String id, @Valid @RequestBody ConversationRequests.ApiMessageRequest request) {
        return PostedMessageResponse.of(messaging.post(new PostMessage(actor(key, externalId),
                ConversationId.parse(id), new ClientMessageId(request.idempotencyKey()), MessageKind.TEXT,
                request.body())));
    }

    private ContactView contact(ApiKeyView key, String externalId) {
        return contacts.find(key.workspaceId(), key.inboxId(), externalId)
                .orElseThrow(() -> DomainException.notFound("visitor.contact-not-found",
                        "no contact with this external user id in this inbox; PUT it first"));
    }

    private Actor.Visitor actor(ApiKeyView key, String externalId) {
        return new Actor.Visitor(key.workspaceId(), key.inboxId(), contact(key, externalId).visitorId());
    }
}
