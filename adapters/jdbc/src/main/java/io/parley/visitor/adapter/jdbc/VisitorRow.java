package io.parley.visitor.adapter.jdbc;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("visitor")
record VisitorRow(@Id UUID id, UUID workspaceId, @Column("first_inbox_id") UUID firstInbox, @Nullable String name,
                  @Nullable String email, Instant firstSeenAt, Instant lastSeenAt, boolean vip) {

    static VisitorRow of(Visitor visitor) {
        var profile = visitor.profile();
        return new VisitorRow(visitor.getId().value(), visitor.workspaceId().value(), visitor.firstInbox().value(),
                profile.name(), profile.email(), visitor.firstSeenAt(), visitor.lastSeenAt(), visitor.vip());
    }

    Visitor toVisitor() {
        return new Visitor(new VisitorId(id), new WorkspaceId(workspaceId), new InboxId(firstInbox),
                new VisitorProfile(name, email), firstSeenAt, lastSeenAt, vip);
    }
}
