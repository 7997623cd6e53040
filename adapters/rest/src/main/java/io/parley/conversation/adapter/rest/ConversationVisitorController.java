package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.visitor.VisitorPage;
import io.parley.visitor.VisitorPages;
import io.parley.shared.VisitorId;
import io.parley.visitor.VisitorSessions;
import io.parley.visitor.VisitorStanding;
import io.parley.visitor.VisitorView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visitor behind a conversation, for the console's sidebar; names and emails are as the visitor gave them. Agents
 * mark visitors as VIP here too.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Conversations")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ConversationVisitorController {

    private final ConversationMessaging messaging;
    private final VisitorSessions visitors;
    private final VisitorPages pages;
    private final VisitorStanding standing;

    ConversationVisitorController(ConversationMessaging messaging, VisitorSessions visitors, VisitorPages pages,
                                  VisitorStanding standing) {
        this.standing = standing;
        this.messaging = messaging;
        this.visitors = visitors;
        this.pages = pages;
    }

    @GetMapping("/api/v1/conversations/{id}/visitor")
    @Operation(summary = "The conversation's visitor: name and email when known, first and last seen, and the page"
            + " the widget last reported (URL, title, referrer, user agent)")
    VisitorResponse visitor(Actor.Agent agent, @PathVariable String id) {
        var conversation = messaging.get(agent, ConversationId.parse(id)); // the agent may see it, or not found
        var page = pages.latest(agent.workspaceId(), conversation.visitorId()).orElse(null);
        return visitors.find(agent.workspaceId(), conversation.visitorId()).map(view -> VisitorResponse.of(view, page))
                .orElseThrow(() -> DomainException.notFound("visitor.not-found",
                        "the visitor of conversation " + id + " no longer exists"));
    }

    @PatchMapping("/api/v1/visitors/{id}")
    @Operation(summary = "Mark a visitor of the workspace as VIP, or take the mark away (any agent): {\"vip\": true}."
            + " A VIP visitor's conversations go to a person at once where the inbox's vipHandOver is on")
    VisitorResponse mark(Actor.Agent agent, @PathVariable String id, @Valid @RequestBody VipRequest request) {
        var visitor = standing.markVip(agent.workspaceId(), VisitorId.parse(id), request.vip());
        return VisitorResponse.of(visitor, pages.latest(agent.workspaceId(), visitor.id()).orElse(null));
    }

    record VipRequest(@NotNull Boolean vip) {}

    record VisitorResponse(String id, @Nullable String name, @Nullable String email, Instant firstSeenAt,
                           Instant lastSeenAt, @Nullable VisitedPage page, boolean vip) {

        static VisitorResponse of(VisitorView view, @Nullable VisitorPage page) {
            return new VisitorResponse(view.id().toString(), view.name(), view.email(), view.firstSeenAt(),
                    view.lastSeenAt(), page == null ? null : new VisitedPage(page.url(), page.title(),
                    page.referrer(), page.userAgent(), page.reportedAt()), view.vip());
        }
    }

    record VisitedPage(@Nullable String url, @Nullable String title, @Nullable String referrer,
                        @Nullable String userAgent, Instant reportedAt) {}
}
