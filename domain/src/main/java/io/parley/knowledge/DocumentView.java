package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document of the knowledge base as administrators see it.
 *
 * @param error a stable code saying why the document is {@code FAILED}; null otherwise
 */
public record DocumentView(KnowledgeDocumentId id, WorkspaceId workspaceId, String title, String fileName,
                           DocumentFormat format, long size, DocumentStatus status, int chunks,
                           @Nullable String error, Instant uploadedAt, Instant updatedAt) {}
