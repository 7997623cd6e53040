package io.parley.rest;

import io.parley.agent.AgentPresence;
import io.parley.shared.WorkspaceId;
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
}
