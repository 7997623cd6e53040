package io.parley.channel.adapter.rest;

import io.parley.channel.WidgetSettingsAdministration;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators reading and replacing a web-widget inbox's appearance, greeting and pre-chat form. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/inboxes/{id}/widget-settings")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class WidgetSettingsController {

    private final WidgetSettingsAdministration settings;

    WidgetSettingsController(WidgetSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "A web-widget inbox's settings, the defaults until saved (admins only)")
    WidgetSettingsBody get(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return WidgetSettingsBody.of(settings.get(workspace, InboxId.parse(id)));
    }

    @PutMapping
    @Operation(summary = "Replace a web-widget inbox's settings (admins only)")
    WidgetSettingsBody update(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
            @Valid @RequestBody WidgetSettingsBody body) {
        return WidgetSettingsBody.of(settings.update(workspace, InboxId.parse(id), body.toSettings()));
    }
}
