package io.parley.conversation.adapter.rest;

import io.parley.channel.ApiKeyView;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API channel through the channel port, as every messaging channel arrives: a contact's message with the
 * integrator's own message id, and Parley finds the conversation (the contact's open one, their resolved one within
 * the reopen window, or a new one). See docs/channels.md and docs/extending.md.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/channel/messages")
@Tag(name = "API channel")
@SecurityRequirement(name = ApiSecurity.API_KEY)
class ApiChannelMessageController {

    /**
     * {@code externalId}: your user id (1 to 128 letters, digits or . _ : @ + -); {@code messageId}: your id for the
     * message, unique in the inbox (a resend stores nothing); {@code displayName}: replaces the stored one.
     */
    record InboundMessageRequest(@NotBlank @Size(max = 128) String externalId,
                                 @Nullable @Size(max = 100) String displayName,
                                 @NotBlank @Size(max = 256) String messageId,
                                 @NotBlank @Size(max = ConversationRequests.MAX_BODY_CHARS) String body) {}

    private final ChannelInbound inbound;

    ApiChannelMessageController(ChannelInbound inbound) {
        this.inbound = inbound;
    }

    @PostMapping
    @Operation(summary = "Post a contact's message and let Parley find its conversation: 201 when stored, 200 with"
            + " the stored message when the messageId was used before in the inbox (nothing is stored again)",
            description = "The contact is made on first sight. The message goes to the contact's open conversation, or"
                    + " reopens their resolved one within the inbox's reopen window, or starts a new one.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A resend: the message stored by the first request")
    ResponseEntity<PostedMessageResponse> post(ApiKeyView key, @Valid @RequestBody InboundMessageRequest request) {
        return PostedMessageResponse.of(inbound.receive(new ChannelMessage(key.workspaceId(), key.inboxId(),
                request.externalId(), request.displayName(), request.messageId(), request.body())));
    }
}
