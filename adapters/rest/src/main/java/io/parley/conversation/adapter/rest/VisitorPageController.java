package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.visitor.VisitorPages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The widget telling agents which page the visitor is on; the browser's user agent comes from its header. */
@PrimaryAdapter
@RestController
@Tag(name = "Visitor conversations")
@SecurityRequirement(name = ApiSecurity.VISITOR_TOKEN)
class VisitorPageController {

    private final VisitorPages pages;

    VisitorPageController(VisitorPages pages) {
        this.pages = pages;
    }

    @PostMapping("/api/v1/visitor/page")
    @Operation(summary = "Report the page the visitor is on (URL, title, referrer); replaces the last report")
    @ApiResponse(responseCode = "204", description = "Recorded")
    ResponseEntity<Void> report(Actor.Visitor visitor, @Valid @RequestBody PageReport report,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.USER_AGENT, required = false)
            @Nullable String userAgent) {
        pages.report(visitor.workspaceId(), visitor.visitorId(), report.url(), report.title(), report.referrer(),
                userAgent);
        return ResponseEntity.noContent().build();
    }

    record PageReport(@Nullable @Size(max = 4096) String url, @Nullable @Size(max = 1000) String title,
                      @Nullable @Size(max = 4096) String referrer) {}
}
