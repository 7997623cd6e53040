package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A document was uploaded or re-processed: its chunks wait to be embedded. */
public record KnowledgeDocumentChanged(WorkspaceId workspaceId, KnowledgeDocumentId documentId, Instant at)
        implements DomainEvent {}
