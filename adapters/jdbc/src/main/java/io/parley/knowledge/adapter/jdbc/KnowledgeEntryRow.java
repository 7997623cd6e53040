package io.parley.knowledge.adapter.jdbc;

import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("knowledge_entry")
record KnowledgeEntryRow(@Id UUID id, UUID workspaceId, String question, String answer, List<String> alternatives,
                         List<String> tags, boolean enabled, Instant createdAt, Instant updatedAt) {

    static KnowledgeEntryRow of(KnowledgeEntry entry) {
        return new KnowledgeEntryRow(entry.getId().value(), entry.workspaceId().value(), entry.question(),
                entry.answer(), entry.alternatives(), entry.tags().stream().sorted().toList(), entry.enabled(),
                entry.createdAt(), entry.updatedAt());
    }

    KnowledgeEntry toEntry() {
        return new KnowledgeEntry(new KnowledgeEntryId(id), new WorkspaceId(workspaceId), question, answer,
                alternatives, Set.copyOf(tags), enabled, createdAt, updatedAt);
    }
}
