package io.parley.knowledge.adapter.jdbc;

import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.InsertOrUpdate;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@SecondaryAdapter
class JdbcKnowledgeEntries implements KnowledgeEntries {

    private final KnowledgeEntryRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcKnowledgeEntries(KnowledgeEntryRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<KnowledgeEntry> findById(WorkspaceId workspace, KnowledgeEntryId id) {
        return rows.findByIdAndWorkspaceId(id.value(), workspace.value()).map(KnowledgeEntryRow::toEntry);
    }

    @Override
    public List<KnowledgeEntry> findByWorkspace(WorkspaceId workspace) {
        return rows.findByWorkspaceIdOrderByCreatedAtAscIdAsc(workspace.value()).stream()
                .map(KnowledgeEntryRow::toEntry).toList();
    }

    @Override
    @Transactional
    public KnowledgeEntry save(KnowledgeEntry entry) {
        var row = KnowledgeEntryRow.of(entry);
        InsertOrUpdate.save(rows, aggregates, row.id(), row);
        return entry;
    }
}
