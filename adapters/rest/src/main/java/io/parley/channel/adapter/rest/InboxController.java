package io.parley.channel.adapter.rest;

import io.parley.channel.AnswerMode;
import io.parley.channel.ChannelType;
import io.parley.channel.ConfigureInbox;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators creating and reading inboxes; a web-widget inbox carries the key its embed snippet names. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/inboxes")
@Tag(name = "Administration")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class InboxController {

    private final InboxAdministration inboxes;

    InboxController(InboxAdministration inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping
    @Operation(summary = "The workspace's inboxes (admins only)")
    ItemsResponse<InboxResponse> list(@AdminWorkspace WorkspaceId workspace) {
        return new ItemsResponse<>(inboxes.list(workspace).stream().map(InboxResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inbox (admins only)")
    InboxResponse get(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return InboxResponse.of(inboxes.get(workspace, InboxId.parse(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an inbox (admins only): name, answerMode (KNOWLEDGE, LLM or HUMANS_ONLY),"
            + " vipHandOver; fields left out keep their value")
    InboxResponse configure(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
            @Valid @RequestBody ConfigureInboxRequest request) {
        return InboxResponse.of(inboxes.configure(workspace, InboxId.parse(id), new ConfigureInbox(request.name(),
                request.answerMode() == null ? null : AnswerMode.parse(request.answerMode()),
                request.vipHandOver())));
    }

    @PostMapping
    @Operation(summary = "Create an inbox (admins only); channel defaults to WEB_WIDGET; answerMode defaults to LLM"
            + " when botFirst is true, else HUMANS_ONLY")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<InboxResponse> create(@AdminWorkspace WorkspaceId workspace,
            @Valid @RequestBody CreateInboxRequest request) {
        ChannelType channel = request.channel() == null ? ChannelType.WEB_WIDGET : request.channel();
        AnswerMode mode = request.answerMode() != null ? AnswerMode.parse(request.answerMode())
                : AnswerMode.ofBotFirst(Boolean.TRUE.equals(request.botFirst()));
        InboxResponse created = InboxResponse.of(inboxes.create(new CreateInbox(workspace, request.name(), channel,
                mode)));
        return ResponseEntity.created(URI.create("/api/v1/inboxes/" + created.id())).body(created);
    }

    /**
     * {@code botFirst}: the bot answers new conversations before they wait for a human; {@code answerMode}, when
     * given, decides instead. Modes are read as text so that an unknown one is refused with its own code.
     */
    record CreateInboxRequest(@NotBlank @Size(max = 120) String name, @Nullable ChannelType channel,
                         @Nullable Boolean botFirst, @Nullable @Size(max = 40) String answerMode) {}

    record ConfigureInboxRequest(@Nullable @Size(max = 120) String name, @Nullable @Size(max = 40) String answerMode,
                                 @Nullable Boolean vipHandOver) {}

    /** {@code botFirst} is true for every answer mode but HUMANS_ONLY. */
    record InboxResponse(String id, String workspaceId, String name, ChannelType channel, @Nullable String widgetKey,
                         boolean botFirst, boolean enabled, Instant createdAt, AnswerMode answerMode,
                         boolean vipHandOver) {

        static InboxResponse of(InboxView view) {
            return new InboxResponse(view.id().toString(), view.workspaceId().toString(), view.name(),
                    view.channel(), view.widgetKey(), view.botFirst(), view.enabled(), view.createdAt(),
                    view.answerMode(), view.vipHandOver());
        }
    }
}
