package io.parley.conversation.adapter.rest;

import io.parley.agent.AgentPresence;
import io.parley.channel.InboxAdministration;
import io.parley.conversation.Actor;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the visitor's chat would be answered now: an agent is online, or the bot answers first. When neither,
 * the widget offers to leave a message instead, which becomes an ordinary conversation in the inbox.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Visitor conversations")
@SecurityRequirement(name = ApiSecurity.VISITOR_TOKEN)
class VisitorAvailabilityController {

    private final AgentPresence presence;
    private final InboxAdministration inboxes;

    VisitorAvailabilityController(AgentPresence presence, InboxAdministration inboxes) {
        this.presence = presence;
        this.inboxes = inboxes;
    }

    @GetMapping("/api/v1/visitor/availability")
    @Operation(summary = "Whether someone answers now (an agent online or the bot first) or a message should be left")
    ResponseEntity<Availability> get(Actor.Visitor visitor) {
        boolean agentsOnline = presence.anyAgentOnline(visitor.workspaceId());
        boolean botAnswers = inboxes.get(visitor.workspaceId(), visitor.inboxId()).botFirst();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Availability(agentsOnline, botAnswers, agentsOnline || botAnswers));
    }

    /** {@code answered}: live chat is worth offering; false means leave a message. */
    record Availability(boolean agentsOnline, boolean botAnswers, boolean answered) {}
}
