package io.parley.channel.adapter.rest;

import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelSettingsView;
import io.parley.channel.ChannelType;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators entering the settings of the messaging platform behind an inbox (WeChat, DingTalk, Feishu): app ids,
 * secrets, callback tokens and keys, as docs/channels.md lists them per channel. Secrets are never shown back.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/inboxes/{inboxId}/channel-settings")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ChannelSettingsController {

    /** {@code values}: the settings to set; an empty value removes one, a key left out keeps its value. */
    record SettingsRequest(@NotNull @Size(max = ChannelSettingsAdministration.MAX_KEYS) Map<String, String> values) {}

    /** Every setting; a secret's value is masked ({@code ••••} and its last four characters). */
    record SettingsResponse(String inboxId, ChannelType channel, Map<String, String> values,
                            @Nullable Instant updatedAt) {

        static SettingsResponse of(ChannelSettingsView view) {
            return new SettingsResponse(view.inboxId().toString(), view.channel(), view.values(), view.updatedAt());
        }
    }

    private final ChannelSettingsAdministration settings;

    ChannelSettingsController(ChannelSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "The settings of the inbox's messaging platform (admins only; secrets masked)",
            description = "400 channel.not-platform-inbox for a web-widget or API inbox.")
    SettingsResponse get(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId) {
        return SettingsResponse.of(settings.get(workspace, InboxId.parse(inboxId)));
    }

    @PutMapping
    @Operation(summary = "Set settings of the inbox's messaging platform (admins only): the keys given are set, an"
            + " empty value removes one", description = "400 channel.invalid-setting for a key that is not 1 to 40"
            + " letters or digits, a value over 2,000 characters or more than 20 settings;"
            + " channel.not-platform-inbox for a web-widget or API inbox.")
    SettingsResponse update(@AdminWorkspace WorkspaceId workspace, @PathVariable String inboxId,
                            @Valid @RequestBody SettingsRequest request) {
        return SettingsResponse.of(settings.update(workspace, InboxId.parse(inboxId), request.values()));
    }
}
