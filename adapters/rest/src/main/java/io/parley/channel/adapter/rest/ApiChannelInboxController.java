package io.parley.channel.adapter.rest;

import io.parley.channel.ApiKeyView;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API channel's own view of the inbox an API key belongs to: integrators check their key with it. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/channel")
@Tag(name = "API channel")
@SecurityRequirement(name = ApiSecurity.API_KEY)
class ApiChannelInboxController {

    record ChannelInboxResponse(String inboxId, String name, String keyId, String keyName, String keyPrefix) {}

    private final InboxAdministration inboxes;

    ApiChannelInboxController(InboxAdministration inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping("/inbox")
    @Operation(summary = "The inbox the API key belongs to, and the key (never its secret)",
            description = "401 channel.api-key-required without a key, channel.api-key-invalid for a key that is "
                    + "unknown, revoked or rotated away; 429 request.rate-limited over parley.rate-limits.api-key.")
    ChannelInboxResponse inbox(ApiKeyView key) {
        InboxView inbox = inboxes.get(key.workspaceId(), key.inboxId());
        return new ChannelInboxResponse(inbox.id().toString(), inbox.name(), key.id().toString(), key.name(),
                key.prefix());
    }
}
