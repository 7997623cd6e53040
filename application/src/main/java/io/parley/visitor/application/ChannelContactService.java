package io.parley.visitor.application;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.ChannelContacts;
import io.parley.visitor.ContactView;
import io.parley.visitor.model.ExternalUserId;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import io.parley.visitor.port.ChannelContactStore;
import io.parley.visitor.port.Visitors;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ChannelContactService implements ChannelContacts {

    private final ChannelContactStore contacts;
    private final Visitors visitors;
    private final Clock clock;

    ChannelContactService(ChannelContactStore contacts, Visitors visitors, Clock clock) {
        this.contacts = contacts;
        this.visitors = visitors;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ContactView identify(WorkspaceId workspace, InboxId inbox, String externalId,
                                @Nullable String displayName) {
        var id = new ExternalUserId(externalId);
        var profile = new VisitorProfile(displayName, null);
        Instant now = clock.instant();
        Optional<Visitor> known = contacts.find(workspace, inbox, id)
                .flatMap(visitor -> visitors.findById(workspace, visitor));
        if (known.isPresent()) {
            Visitor visitor = known.get();
            visitor.returnWith(profile, now);
            return view(inbox, id, visitors.save(visitor), false);
        }
        Visitor made = visitors.save(Visitor.arrive(workspace, inbox, profile, now));
        VisitorId bound = contacts.bind(workspace, inbox, id, made.getId(), now);
        if (!bound.equals(made.getId())) {
            // another call made the contact meanwhile: theirs stands
            return view(inbox, id, visitors.findById(workspace, bound).orElseThrow(), false);
        }
        return view(inbox, id, made, true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> find(WorkspaceId workspace, InboxId inbox, String externalId) {
        var id = new ExternalUserId(externalId);
        return contacts.find(workspace, inbox, id).flatMap(visitor -> visitors.findById(workspace, visitor))
                .map(visitor -> view(inbox, id, visitor, false));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> externalIdOf(WorkspaceId workspace, InboxId inbox, VisitorId visitor) {
        return contacts.externalIdOf(workspace, inbox, visitor).map(ExternalUserId::value);
    }

    private static ContactView view(InboxId inbox, ExternalUserId id, Visitor visitor, boolean created) {
        return new ContactView(visitor.workspaceId(), inbox, id.value(), visitor.getId(), visitor.profile().name(),
                visitor.firstSeenAt(), created);
    }
}
