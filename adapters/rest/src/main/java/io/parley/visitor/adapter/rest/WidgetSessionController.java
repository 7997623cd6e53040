package io.parley.visitor.adapter.rest;

import io.parley.visitor.StartVisitorSession;
import io.parley.visitor.VisitorSession;
import io.parley.visitor.VisitorSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the widget begins: it names its widget key (and the token it kept from last time) and gets a visitor token.
 * The page's Origin header goes to the use case, which checks it against the workspace's allowed origins.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/widget")
@Tag(name = "Widget")
class WidgetSessionController {

    private final VisitorSessions sessions;

    WidgetSessionController(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/sessions")
    @Operation(summary = "Start or resume a visitor session for a widget key")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<VisitorSessionResponse> start(@Valid @RequestBody StartVisitorSessionRequest request,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ORIGIN, required = false)
            @Nullable String origin) {
        VisitorSession session = sessions.start(new StartVisitorSession(request.widgetKey(), request.visitorToken(),
                request.name(), request.email(), origin));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(VisitorSessionResponse.of(session));
    }

    /** {@code visitorToken}: the token of an earlier session, to continue as the same visitor. */
    record StartVisitorSessionRequest(@NotBlank @Size(max = 64) String widgetKey,
                                      @Nullable @Size(max = 512) String visitorToken,
                                      @Nullable @Size(max = 120) String name,
                                      @Nullable @Size(max = 320) String email) {}

    /** {@code returning}: the visitor token sent was still valid and the visitor continues as before. */
    record VisitorSessionResponse(String visitorToken, String visitorId, String workspaceId, String inboxId,
                           Instant expiresAt, boolean returning) {

        static VisitorSessionResponse of(VisitorSession session) {
            return new VisitorSessionResponse(session.token(), session.visitorId().toString(),
                    session.workspaceId().toString(), session.inboxId().toString(), session.expiresAt(),
                    session.returning());
        }
    }
}
