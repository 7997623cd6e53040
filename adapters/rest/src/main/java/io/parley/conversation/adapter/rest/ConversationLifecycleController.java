package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationLifecycle;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agents moving a conversation along: each answers with the conversation as it is afterwards. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/conversations/{id}")
@Tag(name = "Conversations")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ConversationLifecycleController {

    private final ConversationLifecycle lifecycle;
    private final ConversationResponses responses;

    ConversationLifecycleController(ConversationLifecycle lifecycle, ConversationResponses responses) {
        this.lifecycle = lifecycle;
        this.responses = responses;
    }

    @PostMapping("/claim")
    @Operation(summary = "Take the conversation yourself")
    ConversationResponse claim(Actor.Agent agent, @PathVariable String id) {
        return responses.of(lifecycle.assign(agent, ConversationId.parse(id), agent.agentId()));
    }

    @PostMapping("/assign")
    @Operation(summary = "Assign or transfer the conversation to an agent")
    ConversationResponse assign(Actor.Agent agent, @PathVariable String id,
            @Valid @RequestBody ConversationRequests.AssignRequest request) {
        return responses.of(lifecycle.assign(agent, ConversationId.parse(id),
                AgentId.parse(request.agentId())));
    }

    @PostMapping("/unassign")
    @Operation(summary = "Put the conversation back in the queue, assigned to nobody (its assignee, supervisors, admins)")
    ConversationResponse unassign(Actor.Agent agent, @PathVariable String id) {
        return responses.of(lifecycle.unassign(agent, ConversationId.parse(id)));
    }

    @PostMapping("/resolve")
    @Operation(summary = "Resolve the conversation; it takes no messages until reopened")
    ConversationResponse resolve(Actor.Agent agent, @PathVariable String id) {
        return responses.of(lifecycle.resolve(agent, ConversationId.parse(id)));
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopen a resolved conversation")
    ConversationResponse reopen(Actor.Agent agent, @PathVariable String id) {
        return responses.of(lifecycle.reopen(agent, ConversationId.parse(id)));
    }

    @PostMapping("/hand-over")
    @Operation(summary = "Hand the conversation over to the human queue, with a reason")
    ConversationResponse handOver(Actor.Agent agent, @PathVariable String id,
            @Valid @RequestBody ConversationRequests.HandOverRequest request) {
        return responses.of(lifecycle.handOver(agent, ConversationId.parse(id), request.reason()));
    }
}
