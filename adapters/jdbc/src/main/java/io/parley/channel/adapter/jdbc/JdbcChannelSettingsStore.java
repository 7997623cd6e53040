package io.parley.channel.adapter.jdbc;

import io.parley.channel.port.ChannelSettingsStore;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcChannelSettingsStore implements ChannelSettingsStore {

    private final JdbcClient jdbc;

    JdbcChannelSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> find(WorkspaceId workspace, InboxId inbox) {
        var values = new HashMap<String, String>();
        jdbc.sql("SELECT name, value FROM channel_setting WHERE workspace_id = :workspace AND inbox_id = :inbox")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .query(rs -> {
                    values.put(rs.getString("name"), rs.getString("value"));
                });
        return values;
    }

    @Override
    public void update(WorkspaceId workspace, InboxId inbox, Map<String, String> changes, Instant now) {
        changes.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                jdbc.sql("DELETE FROM channel_setting WHERE workspace_id = :workspace AND inbox_id = :inbox"
                                + " AND name = :name")
                        .param("workspace", workspace.value()).param("inbox", inbox.value()).param("name", name)
                        .update();
            } else {
                jdbc.sql("""
                        INSERT INTO channel_setting (inbox_id, name, workspace_id, value, updated_at)
                        VALUES (:inbox, :name, :workspace, :value, :now)
                        ON CONFLICT (inbox_id, name) DO UPDATE SET value = EXCLUDED.value,
                            updated_at = EXCLUDED.updated_at
                        """)
                        .param("inbox", inbox.value()).param("name", name).param("workspace", workspace.value())
                        .param("value", value).param("now", now.atOffset(ZoneOffset.UTC)).update();
            }
        });
    }

    @Override
    public Instant updatedAt(WorkspaceId workspace, InboxId inbox) {
        return jdbc.sql("SELECT max(updated_at) FROM channel_setting WHERE workspace_id = :workspace"
                        + " AND inbox_id = :inbox")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).list()
                .stream().flatMap(java.util.Optional::stream).findFirst()
                .map(OffsetDateTime::toInstant).orElse(Instant.EPOCH);
    }
}
