package io.parley.rest;

import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyId;
import io.parley.channel.ApiKeyView;
import io.parley.channel.IssuedApiKey;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Inboxes without API keys that cannot get one: the API channel is tested on the whole application. */
@Component
class FakeApiKeyAdministration implements ApiKeyAdministration {

    @Override
    public List<ApiKeyView> list(WorkspaceId workspace, InboxId inbox) {
        return List.of();
    }

    @Override
    public IssuedApiKey create(WorkspaceId workspace, InboxId inbox, String name) {
        throw DomainException.invalid("channel.not-api-inbox", "API keys are not part of this test application");
    }

    @Override
    public IssuedApiKey rotate(WorkspaceId workspace, InboxId inbox, ApiKeyId key) {
        throw DomainException.notFound("channel.api-key-not-found", "no such API key");
    }

    @Override
    public ApiKeyView revoke(WorkspaceId workspace, InboxId inbox, ApiKeyId key) {
        throw DomainException.notFound("channel.api-key-not-found", "no such API key");
    }

    @Override
    public Optional<ApiKeyView> authenticate(String secret) {
        return Optional.empty();
    }
}
