package io.parley.gateway.adapter.websocket;

import io.parley.agent.ConsoleConnection;
import io.parley.agent.ConsoleConnections;
import io.parley.agent.PresenceNotifications;
import io.parley.agent.PresenceStatus;
import io.parley.agent.model.PresenceBoard;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

/** The agent module's presence on one node without a database: the real board, telling the gateway's consoles. */
class FakeConsoleConnections implements ConsoleConnections {

    private final PresenceBoard board = new PresenceBoard();
    private final PresenceNotifications notifications;

    FakeConsoleConnections(PresenceNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public synchronized void opened(ConsoleConnection connection) {
        tell(board.opened(connection, Instant.now()));
    }

    @Override
    public synchronized void announced(ConsoleConnection connection, PresenceStatus status) {
        tell(board.announced(connection, status, Instant.now()));
    }

    @Override
    public synchronized void closed(ConsoleConnection connection) {
        tell(board.closed(connection));
    }

    synchronized boolean answers(WorkspaceId workspace) {
        return board.answersHere(workspace);
    }

    private void tell(PresenceBoard.LocalOutcome outcome) {
        outcome.changes().forEach(change -> notifications.presenceChanged(change.workspaceId(), change.agentId(),
                change.status(), change.except()));
    }
}
