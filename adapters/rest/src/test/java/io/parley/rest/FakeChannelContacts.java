package io.parley.rest;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.ChannelContacts;
import io.parley.visitor.ContactView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** No channel knows anyone here: the API channel is tested on the whole application. */
@Component
class FakeChannelContacts implements ChannelContacts {

    @Override
    public ContactView identify(WorkspaceId workspace, InboxId inbox, String externalId,
                                @Nullable String displayName) {
        throw new UnsupportedOperationException("the API channel is not part of this test application");
    }

    @Override
    public Optional<ContactView> find(WorkspaceId workspace, InboxId inbox, String externalId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> externalIdOf(WorkspaceId workspace, InboxId inbox, VisitorId visitor) {
        return Optional.empty();
    }
}
