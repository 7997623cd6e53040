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

    /** {@code enabled} counts in imports only (left out: enabled); a new entry is always enabled. */
    record EntryRequest(@Nullable String question, @Nullable String answer, @Nullable List<String> alternatives,
                        @Nullable Set<String> tags, @Nullable Boolean enabled) {

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

    /** An entry ({@code entryId}) or a document passage ({@code documentId}, {@code chunkId}). */
    record CandidateResponse(@Nullable String entryId, @Nullable String documentId, @Nullable String chunkId,
                             String question, double score) {

        static CandidateResponse of(BotReply.Candidate c) {
            var passage = c.passage();
            return new CandidateResponse(c.entryId() == null ? null : c.entryId().toString(),
                    passage == null ? null : passage.documentId().toString(),
                    passage == null ? null : passage.chunkId().toString(), c.question(),
                    Math.round(c.score() * 10000) / 10000.0);
        }
    }

    /**
     * What the bot would do: {@code answer} (with {@code answeredFrom}, an entry, or {@code quotedDocument} and
     * {@code quotedChunk}, a passage), {@code hand-over} or {@code small-talk}.
     */
    record TryResponse(String action, String reply, @Nullable String answeredFrom, @Nullable String quotedDocument,
                       @Nullable String quotedChunk, String reason, double threshold,
                       List<CandidateResponse> candidates) {

        static TryResponse of(BotReply reply) {
            var quoted = reply.quoted();
            return new TryResponse(reply.action().name().toLowerCase().replace('_', '-'), reply.text(),
                    reply.answeredFrom() == null ? null : reply.answeredFrom().toString(),
                    quoted == null ? null : quoted.documentId().toString(),
                    quoted == null ? null : quoted.chunkId().toString(), reply.reason(), reply.threshold(),
                    reply.candidates().stream().map(CandidateResponse::of).toList());
        }
    }
}
