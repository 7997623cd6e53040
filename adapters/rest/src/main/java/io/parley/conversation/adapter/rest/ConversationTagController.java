package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationTag;
import io.parley.conversation.ConversationTagging;
import io.parley.shared.ConversationId;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agents tagging conversations; every answer is the conversation's tags after the change, sorted. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/conversations/{id}/tags")
@Tag(name = "Conversations")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class ConversationTagController {

    private final ConversationTagging tagging;

    ConversationTagController(ConversationTagging tagging) {
        this.tagging = tagging;
    }

    @GetMapping
    @Operation(summary = "The conversation's tags")
    ItemsResponse<String> list(Actor.Agent agent, @PathVariable String id) {
        return items(tagging.tags(agent, ConversationId.parse(id)));
    }

    @PostMapping
    @Operation(summary = "Tag the conversation (1 to 32 letters, digits, spaces, - or _; kept in lower case)")
    ItemsResponse<String> add(Actor.Agent agent, @PathVariable String id, @Valid @RequestBody TagRequest request) {
        return items(tagging.add(agent, ConversationId.parse(id), new ConversationTag(request.tag())));
    }

    @DeleteMapping("/{tag}")
    @Operation(summary = "Remove a tag from the conversation")
    ItemsResponse<String> remove(Actor.Agent agent, @PathVariable String id, @PathVariable String tag) {
        return items(tagging.remove(agent, ConversationId.parse(id), new ConversationTag(tag)));
    }

    private static ItemsResponse<String> items(List<ConversationTag> tags) {
        return new ItemsResponse<>(tags.stream().map(ConversationTag::value).toList());
    }

    record TagRequest(@NotNull @Size(max = 100) String tag) {}
}
