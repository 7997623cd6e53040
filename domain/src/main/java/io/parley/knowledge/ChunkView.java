package io.parley.knowledge;

import java.util.List;

/** One passage of a document as the bot may quote it, with the headings it stands under. */
public record ChunkView(DocumentChunkId id, KnowledgeDocumentId documentId, int position, List<String> headings,
                        String text) {}
