package io.parley.channel.adapter.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface InboxRows extends CrudRepository<InboxRow, UUID> {

    Optional<InboxRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Optional<InboxRow> findByWidgetKey(String widgetKey);

    List<InboxRow> findByWorkspaceIdOrderByCreatedAtAscIdAsc(UUID workspaceId);
}
