package io.parley.knowledge.model;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import java.util.List;

/**
 * A passage of a document: what the bot quotes and what is embedded, with the headings it stands under and its
 * place in the document (from 0).
 */
public record DocumentChunk(DocumentChunkId id, KnowledgeDocumentId documentId, int position, List<String> headings,
                            String text) {

    public DocumentChunk {
        headings = List.copyOf(headings);
    }

    /** Headings then text: the headings say what the passage is about when its own words do not. */
    public String indexText() {
        String label = Chunker.label(headings);
        return label.isEmpty() ? text : label + "\n" + text;
    }
}
