package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.ConsoleConnection;
import io.parley.agent.PresenceStatus;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One node's view of presence across the cluster, and the notices its consoles get. */
class PresenceBoardUnitTests {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final WorkspaceId ACME = WorkspaceId.random();
    private static final AgentId ANN = AgentId.random();

    private final PresenceBoard board = new PresenceBoard();

    private static ConsoleConnection console(String id) {
        return new ConsoleConnection(ACME, ANN, id);
    }

    @Test
    void theFirstConsoleHereMakesTheAgentOnlineAndTheLastOneGoneReleasesThem() {
        var first = board.opened(console("c1"), T0);
        assertThat(first.hold()).isEqualTo(new PresenceRecord(ACME, ANN, PresenceStatus.ONLINE, T0));
        assertThat(first.changes()).containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.ONLINE, "c1"));
        assertThat(board.answersHere(ACME)).isTrue();

        var second = board.opened(console("c2"), T0.plusSeconds(1));
        assertThat(second.hold()).as("a second tab changes nothing").isNull();
        assertThat(second.changes()).isEmpty();

        assertThat(board.closed(console("c1")).release()).isNull();
        var last = board.closed(console("c2"));
        assertThat(last.release()).isEqualTo(ANN);
        assertThat(last.changes()).containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.OFFLINE, null));
        assertThat(board.answersHere(ACME)).isFalse();
        assertThat(board.heldHere()).isEmpty();
    }

    @Test
    void anAnnouncementIsHeldAndToldToTheOthersOnce() {
        board.opened(console("c1"), T0);
        var away = board.announced(console("c1"), PresenceStatus.AWAY, T0.plusSeconds(5));
        assertThat(away.hold().status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(away.changes()).containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.AWAY, "c1"));
        assertThat(board.announced(console("c1"), PresenceStatus.AWAY, T0.plusSeconds(6)).changes()).isEmpty();
        assertThat(board.answersHere(ACME)).as("away still answers").isTrue();

        board.announced(console("c1"), PresenceStatus.OFFLINE, T0.plusSeconds(7));
        assertThat(board.answersHere(ACME)).as("appearing offline does not").isFalse();
    }

    @Test
    void whatOtherNodesHoldIsToldWhenItChangesAndWhenItExpires() {
        var away = new PresenceRecord(ACME, ANN, PresenceStatus.AWAY, T0);
        assertThat(board.othersHold(List.of(away)))
                .containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.AWAY, null));
        assertThat(board.othersHold(List.of(away))).as("the same reading again is no news").isEmpty();
        assertThat(board.othersHold(List.of()))
                .containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.OFFLINE, null));
    }

    @Test
    void theLatestAnnouncementOnAnyNodeWins() {
        board.opened(console("c1"), T0.plusSeconds(10));
        var olderAwayElsewhere = new PresenceRecord(ACME, ANN, PresenceStatus.AWAY, T0);
        assertThat(board.othersHold(List.of(olderAwayElsewhere))).isEmpty();

        var newerAwayElsewhere = new PresenceRecord(ACME, ANN, PresenceStatus.AWAY, T0.plusSeconds(20));
        assertThat(board.othersHold(List.of(newerAwayElsewhere)))
                .containsExactly(new PresenceChange(ACME, ANN, PresenceStatus.AWAY, null));

        var closed = board.closed(console("c1"));
        assertThat(closed.release()).isEqualTo(ANN);
        assertThat(closed.changes()).as("still away on the other node").isEmpty();
    }

    @Test
    void withoutAnyRecordAnAgentIsOffline() {
        assertThat(PresenceBoard.effective(List.of())).isEqualTo(PresenceStatus.OFFLINE);
    }
}
