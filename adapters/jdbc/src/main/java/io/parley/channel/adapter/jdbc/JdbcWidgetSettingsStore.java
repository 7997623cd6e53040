package io.parley.channel.adapter.jdbc;

import io.parley.channel.WidgetSettings;
import io.parley.channel.port.WidgetSettingsStore;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcWidgetSettingsStore implements WidgetSettingsStore {

    private final JdbcClient jdbc;

    JdbcWidgetSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<WidgetSettings> find(WorkspaceId workspace, InboxId inbox) {
        return jdbc.sql("""
                SELECT colour, position, greeting_en, greeting_zh, show_agent_name, bot_name, pre_chat_name,
                    pre_chat_email, reopen_window_hours
                FROM widget_settings WHERE inbox_id = :inbox AND workspace_id = :workspace
                """)
                .param("inbox", inbox.value()).param("workspace", workspace.value())
                .query((rs, row) -> settings(rs))
                .optional();
    }

    @Override
    public void save(WorkspaceId workspace, InboxId inbox, WidgetSettings settings) {
        // the foreign key on (workspace_id, inbox_id) refuses an inbox of another workspace
        jdbc.sql("""
                INSERT INTO widget_settings (inbox_id, workspace_id, colour, position, greeting_en, greeting_zh,
                    show_agent_name, bot_name, pre_chat_name, pre_chat_email, reopen_window_hours, updated_at)
                VALUES (:inbox, :workspace, :colour, :position, :greetingEn, :greetingZh, :showAgentName,
                    :botName, :preChatName, :preChatEmail, :reopenWindowHours, now())
                ON CONFLICT (inbox_id) DO UPDATE SET colour = excluded.colour, position = excluded.position,
                    greeting_en = excluded.greeting_en, greeting_zh = excluded.greeting_zh,
                    show_agent_name = excluded.show_agent_name, bot_name = excluded.bot_name,
                    pre_chat_name = excluded.pre_chat_name,
                    pre_chat_email = excluded.pre_chat_email, reopen_window_hours = excluded.reopen_window_hours,
                    updated_at = excluded.updated_at
                WHERE widget_settings.workspace_id = excluded.workspace_id
                """)
                .param("inbox", inbox.value()).param("workspace", workspace.value())
                .param("colour", settings.colour()).param("position", settings.position().name())
                .param("greetingEn", settings.greetingEn()).param("greetingZh", settings.greetingZh())
                .param("showAgentName", settings.showAgentName()).param("botName", settings.botName())
                .param("preChatName", settings.nameField().name()).param("preChatEmail", settings.emailField().name())
                .param("reopenWindowHours", settings.reopenWindowHours())
                .update();
    }

    private static WidgetSettings settings(ResultSet rs) throws SQLException {
        return new WidgetSettings(rs.getString("colour"), WidgetSettings.Position.valueOf(rs.getString("position")),
                rs.getString("greeting_en"), rs.getString("greeting_zh"), rs.getBoolean("show_agent_name"),
                rs.getString("bot_name"),
                WidgetSettings.Field.valueOf(rs.getString("pre_chat_name")),
                WidgetSettings.Field.valueOf(rs.getString("pre_chat_email")),
                rs.getObject("reopen_window_hours", Integer.class));
    }
}
