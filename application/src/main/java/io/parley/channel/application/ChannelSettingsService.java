package io.parley.channel.application;

import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelSettingsView;
import io.parley.channel.ChannelType;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.ChannelSettingsStore;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ChannelSettingsService implements ChannelSettingsAdministration {

    /** How long a node answers {@link #forAdapter} from memory: a change made on another node applies after this. */
    static final Duration CACHE = Duration.ofSeconds(5);
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private record Cached(Optional<ChannelSettings> settings, Instant until) {}

    private final ChannelSettingsStore store;
    private final Inboxes inboxes;
    private final Clock clock;
    private final Map<InboxId, Cached> cache = new ConcurrentHashMap<>();

    ChannelSettingsService(ChannelSettingsStore store, Inboxes inboxes, Clock clock) {
        this.store = store;
        this.inboxes = inboxes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ChannelSettingsView get(WorkspaceId workspace, InboxId inbox) {
        Inbox found = platformInbox(workspace, inbox);
        return view(found, store.find(workspace, inbox), store.updatedAt(workspace, inbox));
    }

    @Override
    @Transactional
    public ChannelSettingsView update(WorkspaceId workspace, InboxId inbox, Map<String, String> changes) {
        Inbox found = platformInbox(workspace, inbox);
        var merged = new HashMap<>(store.find(workspace, inbox));
        for (var change : changes.entrySet()) {
            String key = change.getKey();
            String value = change.getValue() == null ? "" : change.getValue();
            if (key == null || !KEY.matcher(key).matches()) {
                throw DomainException.invalid("channel.invalid-setting",
                        "a setting's name needs 1 to 40 letters or digits, starting with a letter");
            }
            if (value.length() > MAX_VALUE) {
                throw DomainException.invalid("channel.invalid-setting",
                        key + " is longer than " + MAX_VALUE + " characters");
            }
            if (value.isEmpty()) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        }
        if (merged.size() > MAX_KEYS) {
            throw DomainException.invalid("channel.invalid-setting", "an inbox has at most " + MAX_KEYS + " settings");
        }
        Instant now = clock.instant();
        store.update(workspace, inbox, changes, now);
        cache.remove(inbox);
        return view(found, merged, now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChannelSettings> forAdapter(InboxId inbox, ChannelType channel) {
        Instant now = clock.instant();
        Cached cached = cache.get(inbox);
        if (cached == null || now.isAfter(cached.until())) {
            Optional<ChannelSettings> read = inboxes.findById(inbox).filter(Inbox::enabled)
                    .map(found -> new ChannelSettings(found.workspaceId(), found.getId(), found.channel(),
                            store.find(found.workspaceId(), found.getId()),
                            store.updatedAt(found.workspaceId(), found.getId())));
            cached = new Cached(read, now.plus(CACHE));
            cache.put(inbox, cached);
        }
        return cached.settings().filter(settings -> settings.channel() == channel);
    }

    private Inbox platformInbox(WorkspaceId workspace, InboxId id) {
        Inbox inbox = inboxes.findById(workspace, id)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
        if (inbox.channel() == ChannelType.WEB_WIDGET || inbox.channel() == ChannelType.API) {
            throw DomainException.invalid("channel.not-platform-inbox",
                    "channel settings belong to inboxes of a messaging platform; this inbox is " + inbox.channel());
        }
        return inbox;
    }

    private static ChannelSettingsView view(Inbox inbox, Map<String, String> values, Instant updatedAt) {
        var shown = new TreeMap<String, String>();
        values.forEach((key, value) -> shown.put(key, ChannelSettings.secret(key) ? masked(value) : value));
        return new ChannelSettingsView(inbox.getId(), inbox.channel(), shown, values.isEmpty() ? null : updatedAt);
    }

    private static String masked(String value) {
        return "••••" + (value.length() > 8 ? value.substring(value.length() - 4) : "");
    }
}
