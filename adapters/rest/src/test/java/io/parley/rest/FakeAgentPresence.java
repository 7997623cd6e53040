package io.parley.rest;

import io.parley.agent.AgentPresence;
import io.parley.agent.PresenceStatus;
import io.parley.agent.PresenceView;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Workspaces with an agent online, as a test sets them. */
@Component
class FakeAgentPresence implements AgentPresence {

    final Set<WorkspaceId> online = ConcurrentHashMap.newKeySet();

    @Override
    public boolean anyAgentOnline(WorkspaceId workspace) {
        return online.contains(workspace);
    }

    @Override
    public List<PresenceView> presenceOf(WorkspaceId workspace) {
        return workspace.equals(Fixtures.WORKSPACE)
                ? List.of(new PresenceView(Fixtures.AGENT, "Alan Agent", null,
                        online.contains(workspace) ? PresenceStatus.AWAY : PresenceStatus.OFFLINE))
                : List.of();
    }
}
