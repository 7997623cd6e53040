package io.parley.channel.adapter.jdbc;

import io.parley.channel.model.Inbox;
import io.parley.channel.model.WidgetKey;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.InsertOrUpdate;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@SecondaryAdapter
class JdbcInboxes implements Inboxes {

    private final InboxRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcInboxes(InboxRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Inbox> findById(WorkspaceId workspace, InboxId id) {
        return rows.findByIdAndWorkspaceId(id.value(), workspace.value()).map(InboxRow::toInbox);
    }

    @Override
    public Optional<Inbox> findById(InboxId id) {
        return rows.findById(id.value()).map(InboxRow::toInbox);
    }

    @Override
    public Optional<Inbox> findByWidgetKey(WidgetKey key) {
        return rows.findByWidgetKey(key.value()).map(InboxRow::toInbox);
    }

    @Override
    public List<Inbox> findByWorkspace(WorkspaceId workspace) {
        return rows.findByWorkspaceIdOrderByCreatedAtAscIdAsc(workspace.value()).stream().map(InboxRow::toInbox).toList();
    }

    @Override
    @Transactional
    public Inbox save(Inbox inbox) {
        var row = InboxRow.of(inbox);
        UniqueKeys.guard(() -> InsertOrUpdate.save(rows, aggregates, row.id(), row), Map.of(
                "inbox_widget_key_key", () -> DomainException.conflict("channel.widget-key-taken",
                        "another inbox has this widget key already; create the inbox again to get a fresh key")));
        return inbox;
    }
}
