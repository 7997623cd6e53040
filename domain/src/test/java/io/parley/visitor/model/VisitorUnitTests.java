package io.parley.visitor.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorUnitTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final InboxId INBOX = InboxId.random();
    private static final Instant FIRST = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void arrivesFirstSeenAndLastSeenNow() {
        var visitor = Visitor.arrive(WORKSPACE, INBOX, VisitorProfile.ANONYMOUS, FIRST);

        assertThat(visitor.getId()).isNotNull();
        assertThat(visitor.workspaceId()).isEqualTo(WORKSPACE);
        assertThat(visitor.firstInbox()).isEqualTo(INBOX);
        assertThat(visitor.firstSeenAt()).isEqualTo(FIRST);
        assertThat(visitor.lastSeenAt()).isEqualTo(FIRST);
    }

    @Test
    void returnVisitMovesLastSeenOnly() {
        var visitor = Visitor.arrive(WORKSPACE, INBOX, VisitorProfile.ANONYMOUS, FIRST);

        visitor.returnWith(VisitorProfile.ANONYMOUS, FIRST.plusSeconds(3600));

        assertThat(visitor.firstSeenAt()).isEqualTo(FIRST);
        assertThat(visitor.lastSeenAt()).isEqualTo(FIRST.plusSeconds(3600));
    }

    @Test
    void lastSeenNeverMovesBackwards() {
        var visitor = Visitor.arrive(WORKSPACE, INBOX, VisitorProfile.ANONYMOUS, FIRST);
        visitor.returnWith(VisitorProfile.ANONYMOUS, FIRST.plusSeconds(60));

        visitor.returnWith(VisitorProfile.ANONYMOUS, FIRST.plusSeconds(30));

        assertThat(visitor.lastSeenAt()).isEqualTo(FIRST.plusSeconds(60));
    }

    @Test
    void givenFieldsReplaceStoredOnesAndMissingFieldsKeepThem() {
        var visitor = Visitor.arrive(WORKSPACE, INBOX, new VisitorProfile("Li Wei", "li@example.com"), FIRST);

        visitor.returnWith(new VisitorProfile(null, "wei@example.com"), FIRST.plusSeconds(1));
        assertThat(visitor.profile()).isEqualTo(new VisitorProfile("Li Wei", "wei@example.com"));

        visitor.returnWith(new VisitorProfile("Wei", null), FIRST.plusSeconds(2));
        assertThat(visitor.profile()).isEqualTo(new VisitorProfile("Wei", "wei@example.com"));

        visitor.returnWith(VisitorProfile.ANONYMOUS, FIRST.plusSeconds(3));
        assertThat(visitor.profile()).isEqualTo(new VisitorProfile("Wei", "wei@example.com"));
    }

    @Test
    void aVisitorIsNoVipUntilMarkedAndAReturnKeepsTheMark() {
        var visitor = Visitor.arrive(WORKSPACE, INBOX, VisitorProfile.ANONYMOUS, FIRST);
        assertThat(visitor.vip()).isFalse();

        visitor.markVip(true);
        visitor.returnWith(VisitorProfile.ANONYMOUS, FIRST.plusSeconds(60));

        assertThat(visitor.vip()).isTrue();
        visitor.markVip(false);
        assertThat(visitor.vip()).isFalse();
    }
}
