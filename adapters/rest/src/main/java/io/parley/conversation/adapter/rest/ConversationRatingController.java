package io.parley.conversation.adapter.rest;

import io.parley.channel.ApiKeyView;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationRatings;
import io.parley.conversation.RatingView;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.visitor.ChannelContacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction ratings (CSAT) of resolved conversations: the visitor (through the widget, or an API-channel contact
 * through the integrator) gives a score from 1 to 5 and an optional comment, and may change it for 7 days; agents read
 * it. See docs/protocol.md.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Conversations")
class ConversationRatingController {

    /** {@code score}: 1 to 5; {@code comment}: optional, at most 1,000 characters. */
    record RatingRequest(@NotNull Integer score, @Nullable @Size(max = 2000) String comment) {}

    record RatingResponse(String conversationId, int score, @Nullable String comment, Instant ratedAt,
                          Instant updatedAt) {

        static RatingResponse of(RatingView view) {
            return new RatingResponse(view.conversationId().toString(), view.score(), view.comment(), view.ratedAt(),
                    view.updatedAt());
        }
    }

    private final ConversationRatings ratings;
    private final ChannelContacts contacts;

    ConversationRatingController(ConversationRatings ratings, ChannelContacts contacts) {
        this.ratings = ratings;
        this.contacts = contacts;
    }

    @PostMapping("/api/v1/visitor/conversations/{id}/rating")
    @Tag(name = "Visitor conversations")
    @SecurityRequirement(name = ApiSecurity.VISITOR_TOKEN)
    @Operation(summary = "Rate the visitor's resolved conversation, or change the rating within 7 days",
            description = "409 conversation.not-resolved before it is resolved, conversation.rating-closed after 7"
                    + " days; 400 conversation.invalid-rating for a score outside 1 to 5.")
    RatingResponse rateAsVisitor(Actor.Visitor visitor, @PathVariable String id,
                                 @Valid @RequestBody RatingRequest request) {
        return RatingResponse.of(ratings.rate(visitor, ConversationId.parse(id), request.score(), request.comment()));
    }

    @GetMapping("/api/v1/visitor/conversations/{id}/rating")
    @Tag(name = "Visitor conversations")
    @SecurityRequirement(name = ApiSecurity.VISITOR_TOKEN)
    @Operation(summary = "The visitor's rating of the conversation; 404 conversation.not-rated when there is none")
    RatingResponse visitorsRating(Actor.Visitor visitor, @PathVariable String id) {
        return rating(visitor, id);
    }

    @GetMapping("/api/v1/conversations/{id}/rating")
    @SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
    @Operation(summary = "The visitor's rating of the conversation; 404 conversation.not-rated when there is none")
    RatingResponse agentsView(Actor.Agent agent, @PathVariable String id) {
        return rating(agent, id);
    }

    @PostMapping("/api/v1/channel/contacts/{externalId}/conversations/{id}/rating")
    @Tag(name = "API channel")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @Operation(summary = "The contact rates their resolved conversation, or changes the rating within 7 days")
    RatingResponse rateAsContact(ApiKeyView key, @PathVariable String externalId, @PathVariable String id,
                                 @Valid @RequestBody RatingRequest request) {
        var contact = contacts.find(key.workspaceId(), key.inboxId(), externalId)
                .orElseThrow(() -> DomainException.notFound("visitor.contact-not-found",
                        "no contact with this external user id in this inbox; PUT it first"));
        var visitor = new Actor.Visitor(key.workspaceId(), key.inboxId(), contact.visitorId());
        return RatingResponse.of(ratings.rate(visitor, ConversationId.parse(id), request.score(), request.comment()));
    }

    private RatingResponse rating(Actor actor, String id) {
        return ratings.of(actor, ConversationId.parse(id)).map(RatingResponse::of)
                .orElseThrow(() -> DomainException.notFound("conversation.not-rated",
                        "the visitor has not rated this conversation"));
    }
}
