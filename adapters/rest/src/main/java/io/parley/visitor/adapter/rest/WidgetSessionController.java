package io.parley.visitor.adapter.rest;

import io.parley.shared.Admission;
import io.parley.shared.DomainException;
import io.parley.shared.Throttle;
import io.parley.shared.adapter.rest.RateLimitProperties;
import io.parley.shared.adapter.rest.TooManyRequests;
import io.parley.visitor.StartVisitorSession;
import io.parley.visitor.VisitorSession;
import io.parley.visitor.VisitorSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.regex.Pattern;
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

    private static final Pattern WIDGET_KEY = Pattern.compile("wk_[0-9a-f]{24}");

    private final VisitorSessions sessions;
    private final Throttle limiter;
    private final RateLimitProperties limits;

    WidgetSessionController(VisitorSessions sessions, Throttle limiter, RateLimitProperties limits) {
        this.sessions = sessions;
        this.limiter = limiter;
        this.limits = limits;
    }

    @PostMapping("/sessions")
    @Operation(summary = "Start or resume a visitor session for a widget key")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<VisitorSessionResponse> start(@Valid @RequestBody StartVisitorSessionRequest request,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ORIGIN, required = false)
            @Nullable String origin) {
        perWidgetKey(request.widgetKey());
        VisitorSession session = sessions.start(new StartVisitorSession(request.widgetKey(), request.visitorToken(),
                request.name(), request.email(), origin));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(VisitorSessionResponse.of(session));
    }

    /**
     * Each session may create a visitor: however many client addresses ask (each has a limit of its own in the
     * rate-limit filter), one widget has a ceiling.
     */
    private void perWidgetKey(String widgetKey) {
        if (!limits.enabled() || !WIDGET_KEY.matcher(widgetKey).matches()) {
            return; // an unknown key creates nothing and is refused as such
        }
        Admission admission = limiter.take("http.widget-key-sessions:" + widgetKey,
                limits.widgetKeySessions().toRateLimit());
        if (!admission.granted()) {
            throw DomainException.rateLimited(TooManyRequests.CODE, "too many visitor sessions for this widget; try"
                    + " again in " + admission.retryAfterSeconds() + " seconds", admission.retryAfter())
                    .withDetail("limit", "widget-key-sessions");
        }
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
