package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.EntryContent;
import io.parley.knowledge.KnowledgeEntryView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the knowledge endpoints. Lengths and counts are checked by the entry itself. */
final class KnowledgeMessages {

    private KnowledgeMessages() {}

    record EntryRequest(@Nullable String question, @Nullable String answer, @Nullable List<String> alternatives,
                        @Nullable Set<String> tags) {

        EntryContent content() {
            return new EntryContent(question == null ? "" : question, answer == null ? "" : answer, alternatives,
                    tags);
        }
    }

    /** Every field optional: what is left out keeps its current value. */
    record EntryPatch(@Nullable String question, @Nullable String answer, @Nullable List<String> alternatives,
                      @Nullable Set<String> tags, @Nullable Boolean enabled) {

        boolean changesContent() {
            return question != null || answer != null || alternatives != null || tags != null;
        }

        EntryContent over(KnowledgeEntryView current) {
            return new EntryContent(question != null ? question : current.question(),
                    answer != null ? answer : current.answer(),
                    alternatives != null ? alternatives : current.alternatives(),
                    tags != null ? tags : current.tags());
        }
    }

    /** The import and export format: {@code {"entries": [{"question": ..., "answer": ..., ...}]}}. */
    record EntriesDocument(@NotNull @Size(max = 2000) List<@Valid @NotNull EntryRequest> entries) {}

    record EntryResponse(String id, String question, String answer, List<String> alternatives, List<String> tags,
                         boolean enabled, Instant createdAt, Instant updatedAt) {

        static EntryResponse of(KnowledgeEntryView view) {
            return new EntryResponse(view.id().toString(), view.question(), view.answer(), view.alternatives(),
                    view.tags().stream().sorted().toList(), view.enabled(), view.createdAt(), view.updatedAt());
        }
    }

    record CandidateResponse(String entryId, String question, double score) {}

    /** What the bot would do: {@code answer} (with {@code answeredFrom}), {@code hand-over} or {@code small-talk}. */
    record TryResponse(String action, String reply, @Nullable String answeredFrom, String reason, double threshold,
                       List<CandidateResponse> candidates) {

        static TryResponse of(BotReply reply) {
            return new TryResponse(reply.action().name().toLowerCase().replace('_', '-'), reply.text(),
                    reply.answeredFrom() == null ? null : reply.answeredFrom().toString(), reply.reason(),
                    reply.threshold(), reply.candidates().stream().map(c -> new CandidateResponse(
                            c.entryId().toString(), c.question(), Math.round(c.score() * 10000) / 10000.0)).toList());
        }
    }
}
