package io.parley.visitor.adapter.jdbc;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.InsertOrUpdate;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.port.Visitors;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@SecondaryAdapter
class JdbcVisitors implements Visitors {

    private final VisitorRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcVisitors(VisitorRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Visitor> findById(WorkspaceId workspace, VisitorId id) {
        return rows.findByIdAndWorkspaceId(id.value(), workspace.value()).map(VisitorRow::toVisitor);
    }

    @Override
    @Transactional
    public Visitor save(Visitor visitor) {
        var row = VisitorRow.of(visitor);
        InsertOrUpdate.save(rows, aggregates, row.id(), row);
        return visitor;
    }
}
