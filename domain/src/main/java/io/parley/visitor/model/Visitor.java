package io.parley.visitor.model;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A person who writes in. Belongs to one workspace; first met through one inbox. A VIP visitor is served by people:
 * where the inbox says so, the bot hands their conversations over at once.
 */
public class Visitor implements AggregateRoot<Visitor, VisitorId> {

    private final VisitorId id;
    private final WorkspaceId workspaceId;
    private final InboxId firstInbox;
    private VisitorProfile profile;
    private final Instant firstSeenAt;
    private Instant lastSeenAt;
    private boolean vip;

    public Visitor(VisitorId id, WorkspaceId workspaceId, InboxId firstInbox, VisitorProfile profile,
                   Instant firstSeenAt, Instant lastSeenAt) {
        this(id, workspaceId, firstInbox, profile, firstSeenAt, lastSeenAt, false);
    }

    public Visitor(VisitorId id, WorkspaceId workspaceId, InboxId firstInbox, VisitorProfile profile,
                   Instant firstSeenAt, Instant lastSeenAt, boolean vip) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.firstInbox = Objects.requireNonNull(firstInbox);
        this.profile = Objects.requireNonNull(profile);
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt);
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt);
        this.vip = vip;
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

    /** An agent (or the site, through a signed identity) marks the visitor as VIP, or takes the mark away. */
    public void markVip(boolean vip) {
        this.vip = vip;
    }

    public boolean vip() {
        return vip;
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
