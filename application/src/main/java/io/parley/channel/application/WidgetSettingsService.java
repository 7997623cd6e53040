package io.parley.channel.application;

import io.parley.channel.ChannelType;
import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettingsAdministration;
import io.parley.channel.model.Inbox;
import io.parley.channel.model.WidgetKey;
import io.parley.channel.port.Inboxes;
import io.parley.channel.port.WidgetSettingsStore;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WidgetSettingsService implements WidgetSettingsAdministration {

    private static final String KEY_FORMAT = "wk_[0-9a-f]{24}";

    private final Inboxes inboxes;
    private final WidgetSettingsStore store;

    WidgetSettingsService(Inboxes inboxes, WidgetSettingsStore store) {
        this.inboxes = inboxes;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public WidgetSettings get(WorkspaceId workspace, InboxId inbox) {
        widgetInbox(workspace, inbox);
        return store.find(workspace, inbox).orElse(WidgetSettings.DEFAULT);
    }

    @Override
    @Transactional
    public WidgetSettings update(WorkspaceId workspace, InboxId inbox, WidgetSettings settings) {
        widgetInbox(workspace, inbox);
        store.save(workspace, inbox, settings);
        return settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WidgetSettings> ofInbox(WorkspaceId workspace, InboxId inbox) {
        return inboxes.findById(workspace, inbox).filter(found -> found.channel() == ChannelType.WEB_WIDGET)
                .map(found -> store.find(workspace, inbox).orElse(WidgetSettings.DEFAULT));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WidgetSettings> forWidgetKey(String widgetKey) {
        if (widgetKey == null || !widgetKey.matches(KEY_FORMAT)) {
            return Optional.empty();
        }
        return inboxes.findByWidgetKey(new WidgetKey(widgetKey))
                .filter(inbox -> inbox.enabled() && inbox.channel() == ChannelType.WEB_WIDGET)
                .map(inbox -> store.find(inbox.workspaceId(), inbox.getId()).orElse(WidgetSettings.DEFAULT));
    }

    // Another workspace's inbox is "not found", so ids of other tenants reveal nothing.
    private Inbox widgetInbox(WorkspaceId workspace, InboxId id) {
        Inbox inbox = inboxes.findById(workspace, id)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
        if (inbox.channel() != ChannelType.WEB_WIDGET) {
            throw DomainException.invalid("channel.not-a-widget", "only web-widget inboxes have widget settings");
        }
        return inbox;
    }
}
