package io.parley.channel.application;

import io.parley.channel.ApiCallbackAdministration;
import io.parley.channel.ApiCallbackTarget;
import io.parley.channel.ApiCallbackView;
import io.parley.channel.ChannelType;
import io.parley.channel.IssuedApiCallback;
import io.parley.channel.model.ApiCallback;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.ApiCallbacks;
import io.parley.channel.port.CallbackTargets;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WebhookSecret;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApiCallbackService implements ApiCallbackAdministration {

    /** How long a node answers {@link #target} from memory: a change made on another node applies after this. */
    static final Duration CACHE = Duration.ofSeconds(5);

    private record Cached(Optional<ApiCallback> callback, Instant until) {}

    private final ApiCallbacks callbacks;
    private final Inboxes inboxes;
    private final CallbackTargets targets;
    private final Clock clock;
    private final Map<InboxId, Cached> cache = new ConcurrentHashMap<>();

    ApiCallbackService(ApiCallbacks callbacks, Inboxes inboxes, CallbackTargets targets, Clock clock) {
        this.callbacks = callbacks;
        this.inboxes = inboxes;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiCallbackView> get(WorkspaceId workspace, InboxId inbox) {
        apiInbox(workspace, inbox);
        return callbacks.find(workspace, inbox).map(ApiCallbackService::view);
    }

    @Override
    @Transactional
    public IssuedApiCallback set(WorkspaceId workspace, InboxId inbox, String url, boolean rotateSecret) {
        apiInbox(workspace, inbox);
        if (url == null || url.isBlank() || url.length() > ApiCallback.MAX_URL) {
            throw DomainException.invalid("outbound.url-invalid", "a callback URL needs 1 to "
                    + ApiCallback.MAX_URL + " characters");
        }
        targets.check(url);
        Instant now = clock.instant();
        Optional<ApiCallback> existing = callbacks.find(workspace, inbox);
        boolean newSecret = existing.isEmpty() || rotateSecret;
        WebhookSecret secret = newSecret ? WebhookSecret.generate() : existing.get().secret();
        var saved = new ApiCallback(workspace, inbox, url, secret,
                existing.map(ApiCallback::createdAt).orElse(now), now);
        callbacks.save(saved);
        cache.remove(inbox);
        return new IssuedApiCallback(view(saved), newSecret ? secret.value() : null);
    }

    @Override
    @Transactional
    public void remove(WorkspaceId workspace, InboxId inbox) {
        apiInbox(workspace, inbox);
        callbacks.delete(workspace, inbox);
        cache.remove(inbox);
    }

    @Override
    public Optional<ApiCallbackTarget> target(WorkspaceId workspace, InboxId inbox) {
        Instant now = clock.instant();
        Cached cached = cache.get(inbox);
        if (cached == null || now.isAfter(cached.until())) {
            cached = new Cached(callbacks.find(workspace, inbox), now.plus(CACHE));
            cache.put(inbox, cached);
        }
        return cached.callback().filter(callback -> callback.workspace().equals(workspace))
                .map(callback -> new ApiCallbackTarget(callback.url(), callback.secret()));
    }

    private Inbox apiInbox(WorkspaceId workspace, InboxId id) {
        Inbox inbox = inboxes.findById(workspace, id)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
        if (inbox.channel() != ChannelType.API) {
            throw DomainException.invalid("channel.not-api-inbox",
                    "a callback URL belongs to an inbox of channel API; this inbox is " + inbox.channel());
        }
        return inbox;
    }

    private static ApiCallbackView view(ApiCallback callback) {
        return new ApiCallbackView(callback.inbox(), callback.url(), callback.createdAt(), callback.updatedAt());
    }
}
