package io.parley.channel.application;

import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyId;
import io.parley.channel.ApiKeyView;
import io.parley.channel.ChannelType;
import io.parley.channel.IssuedApiKey;
import io.parley.channel.model.ApiKey;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.ApiKeys;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApiKeyService implements ApiKeyAdministration {

    private final ApiKeys keys;
    private final Inboxes inboxes;
    private final Clock clock;

    ApiKeyService(ApiKeys keys, Inboxes inboxes, Clock clock) {
        this.keys = keys;
        this.inboxes = inboxes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKeyView> list(WorkspaceId workspace, InboxId inbox) {
        inbox(workspace, inbox);
        return keys.findByInbox(workspace, inbox).stream().map(ApiKeyService::view).toList();
    }

    @Override
    @Transactional
    public IssuedApiKey create(WorkspaceId workspace, InboxId inboxId, String name) {
        Inbox inbox = inbox(workspace, inboxId);
        if (inbox.channel() != ChannelType.API) {
            throw DomainException.invalid("channel.not-api-inbox",
                    "API keys belong to inboxes of channel API; this inbox is " + inbox.channel());
        }
        ApiKey.Issued issued = ApiKey.issue(workspace, inboxId, name, clock.instant());
        keys.save(issued.key());
        return new IssuedApiKey(view(issued.key()), issued.secret());
    }

    @Override
    @Transactional
    public IssuedApiKey rotate(WorkspaceId workspace, InboxId inbox, ApiKeyId id) {
        ApiKey key = key(workspace, inbox, id);
        String secret = key.rotate(clock.instant());
        keys.save(key);
        return new IssuedApiKey(view(key), secret);
    }

    @Override
    @Transactional
    public ApiKeyView revoke(WorkspaceId workspace, InboxId inbox, ApiKeyId id) {
        ApiKey key = key(workspace, inbox, id);
        key.revoke(clock.instant());
        keys.save(key);
        return view(key);
    }

    @Override
    @Transactional
    public Optional<ApiKeyView> authenticate(String secret) {
        if (!ApiKey.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findBySecretHash(ApiKey.hash(secret))
                .filter(key -> !key.revoked())
                .filter(key -> inboxes.findById(key.workspaceId(), key.inboxId())
                        .filter(inbox -> inbox.enabled() && inbox.channel() == ChannelType.API).isPresent());
        found.ifPresent(key -> keys.touch(key.getId(), clock.instant()));
        return found.map(ApiKeyService::view);
    }

    private Inbox inbox(WorkspaceId workspace, InboxId id) {
        return inboxes.findById(workspace, id)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
    }

    private ApiKey key(WorkspaceId workspace, InboxId inbox, ApiKeyId id) {
        inbox(workspace, inbox);
        return keys.findById(workspace, inbox, id)
                .orElseThrow(() -> DomainException.notFound("channel.api-key-not-found", "no such API key"));
    }

    static ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.getId(), key.workspaceId(), key.inboxId(), key.name(), key.prefix(),
                key.createdAt(), key.rotatedAt(), key.lastUsedAt(), key.revokedAt());
    }
}
