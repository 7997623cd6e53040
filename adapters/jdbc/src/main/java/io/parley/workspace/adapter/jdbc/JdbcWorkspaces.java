package io.parley.workspace.adapter.jdbc;

import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.InsertOrUpdate;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.port.Workspaces;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@SecondaryAdapter
class JdbcWorkspaces implements Workspaces {

    private final WorkspaceRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcWorkspaces(WorkspaceRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        return rows.findById(id.value()).map(WorkspaceRow::toWorkspace);
    }

    @Override
    public Optional<Workspace> findFirst() {
        return rows.findOldest().map(WorkspaceRow::toWorkspace);
    }

    @Override
    @Transactional
    public Workspace save(Workspace workspace) {
        var row = WorkspaceRow.of(workspace);
        InsertOrUpdate.save(rows, aggregates, row.id(), row);
        return workspace;
    }
}
