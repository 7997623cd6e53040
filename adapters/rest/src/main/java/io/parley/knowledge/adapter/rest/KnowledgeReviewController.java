package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.KnowledgeReview;
import io.parley.knowledge.Suggestion;
import io.parley.knowledge.UnansweredQuestion;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntryResponse;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning from conversations: the unanswered questions an administrator reviews, reply suggestions for the agent
 * in a conversation, and entry drafts made from agents' replies. The workspace always comes from the caller's token.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class KnowledgeReviewController {

    record UnansweredResponse(String id, String conversationId, String question, double bestScore,
                              Instant askedAt) {

        static UnansweredResponse of(UnansweredQuestion q) {
            return new UnansweredResponse(q.id().toString(), q.conversationId().toString(), q.question(),
                    q.bestScore(), q.askedAt());
        }
    }

    record SuggestionResponse(String entryId, String question, String answer, double score) {

        static SuggestionResponse of(Suggestion s) {
            return new SuggestionResponse(s.entryId().toString(), s.question(), s.answer(), s.score());
        }
    }

    record DraftRequest(@Nullable String conversationId, @Nullable String messageId) {}

    private final KnowledgeReview review;

    KnowledgeReviewController(KnowledgeReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/knowledge/unanswered")
    @Operation(summary = "Questions the bot handed over for low confidence, not yet dismissed, newest first")
    ItemsResponse<UnansweredResponse> unanswered(Actor.Agent agent) {
        return new ItemsResponse<>(review.unanswered(agent.workspaceId()).stream().map(UnansweredResponse::of)
                .toList());
    }

    @PostMapping("/api/v1/knowledge/unanswered/{id}/dismiss")
    @Operation(summary = "Take a question off the review list (admins only)")
    @ApiResponse(responseCode = "204", description = "Dismissed")
    ResponseEntity<Void> dismiss(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        UUID question;
        try {
            question = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("knowledge.invalid-id", "'" + id + "' is not an unanswered question id");
        }
        review.dismiss(workspace, question);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/conversations/{id}/suggestions")
    @Operation(summary = "Entries that may answer the visitor's latest message, best first, with their answers")
    ItemsResponse<SuggestionResponse> suggestions(Actor.Agent agent, @PathVariable String id) {
        return new ItemsResponse<>(review.suggestions(agent, ConversationId.parse(id)).stream()
                .map(SuggestionResponse::of).toList());
    }

    @PostMapping("/api/v1/knowledge/drafts")
    @Operation(summary = "Turn an agent's reply into a disabled entry, the visitor's message before it as question")
    @ApiResponse(responseCode = "201", description = "Created, disabled")
    ResponseEntity<EntryResponse> draft(Actor.Agent agent, @RequestBody DraftRequest request) {
        if (request.conversationId() == null || request.messageId() == null) {
            throw DomainException.invalid("knowledge.invalid-draft", "conversationId and messageId are required");
        }
        var created = EntryResponse.of(review.draftFromReply(agent, ConversationId.parse(request.conversationId()),
                MessageId.parse(request.messageId())));
        return ResponseEntity.created(URI.create("/api/v1/knowledge/entries/" + created.id())).body(created);
    }
}
