package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;

/** An entry offered to an agent as a reply, with its score for the visitor's latest message. */
public record Suggestion(KnowledgeEntryId entryId, String question, String answer, double score) {}
