package io.parley.visitor.model;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;

/** A person who writes in. Belongs to one workspace; first met through one inbox. */
public class Visitor implements AggregateRoot<Visitor, VisitorId> {

    private final VisitorId id;
    private final WorkspaceId workspaceId;
    private final InboxId firstInbox;
    private VisitorProfile profile;
    private final Instant firstSeenAt;
    private Instant lastSeenAt;

    public Visitor(VisitorId id, WorkspaceId workspaceId, InboxId firstInbox, VisitorProfile profile,
                   Instant firstSeenAt, Instant lastSeenAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.firstInbox = Objects.requireNonNull(firstInbox);
        this.profile = Objects.requireNonNull(profile);
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt);
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt);
    }

    public static Visitor arrive(WorkspaceId workspace, InboxId inbox, VisitorProfile profile, Instant now) {
        return new Visitor(VisitorId.random(), workspace, inbox, profile, now, now);
    }

    /** Records a return visit; a profile field given now replaces the stored one, an absent one keeps it. */
    public void returnWith(VisitorProfile given, Instant now) {
        this.profile = new VisitorProfile(given.name() != null ? given.name() : profile.name(),
                given.email() != null ? given.email() : profile.email());
        if (now.isAfter(lastSeenAt)) {
            this.lastSeenAt = now;
        }
    }

    @Override
    public VisitorId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public InboxId firstInbox() {
        return firstInbox;
    }

    public VisitorProfile profile() {
        return profile;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
