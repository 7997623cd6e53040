package io.parley.rest;

import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelSettingsView;
import io.parley.channel.ChannelType;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** No platform inboxes here: channel settings are tested on the whole application. */
@Component
class FakeChannelSettings implements ChannelSettingsAdministration {

    @Override
    public ChannelSettingsView get(WorkspaceId workspace, InboxId inbox) {
        throw DomainException.invalid("channel.not-platform-inbox", "no platform inboxes in this test application");
    }

    @Override
    public ChannelSettingsView update(WorkspaceId workspace, InboxId inbox, Map<String, String> changes) {
        throw DomainException.invalid("channel.not-platform-inbox", "no platform inboxes in this test application");
    }

    @Override
    public Optional<ChannelSettings> forAdapter(InboxId inbox, ChannelType channel) {
        return Optional.empty();
    }
}
