package io.parley.rest;

import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettingsAdministration;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory widget settings of the fixtures' one web inbox. */
@Component
class FakeWidgetSettings implements WidgetSettingsAdministration {

    final Map<InboxId, WidgetSettings> saved = new ConcurrentHashMap<>();

    @Override
    public WidgetSettings get(WorkspaceId workspace, InboxId inbox) {
        check(workspace, inbox);
        return saved.getOrDefault(inbox, WidgetSettings.DEFAULT);
    }

    @Override
    public WidgetSettings update(WorkspaceId workspace, InboxId inbox, WidgetSettings settings) {
        check(workspace, inbox);
        saved.put(inbox, settings);
        return settings;
    }

    @Override
    public Optional<WidgetSettings> ofInbox(WorkspaceId workspace, InboxId inbox) {
        return Fixtures.WORKSPACE.equals(workspace) && Fixtures.INBOX.equals(inbox)
                ? Optional.of(saved.getOrDefault(inbox, WidgetSettings.DEFAULT)) : Optional.empty();
    }

    @Override
    public Optional<WidgetSettings> forWidgetKey(String widgetKey) {
        return Fixtures.WIDGET_KEY.equals(widgetKey)
                ? Optional.of(saved.getOrDefault(Fixtures.INBOX, WidgetSettings.DEFAULT)) : Optional.empty();
    }

    private static void check(WorkspaceId workspace, InboxId inbox) {
        if (!Fixtures.WORKSPACE.equals(workspace) || !Fixtures.INBOX.equals(inbox)) {
            throw DomainException.notFound("channel.inbox-not-found", "no such inbox");
        }
    }
}
