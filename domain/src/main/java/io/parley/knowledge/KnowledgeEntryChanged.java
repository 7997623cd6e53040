package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** An entry was written, revised, enabled or disabled: its index entry is stale. */
public record KnowledgeEntryChanged(WorkspaceId workspaceId, KnowledgeEntryId entryId, Instant at) implements DomainEvent {}
