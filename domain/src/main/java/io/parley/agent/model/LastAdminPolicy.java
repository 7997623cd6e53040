package io.parley.agent.model;

import io.parley.shared.DomainException;
import java.util.Collection;

/**
 * A workspace keeps at least one enabled admin: without one nobody could enable, add or promote anyone again, and
 * the installation would need its recovery setting.
 */
public final class LastAdminPolicy {

    private LastAdminPolicy() {}

    /**
     * @param changed an agent as it would be after a change
     * @param workspace every agent of its workspace as stored (the changed one as it was)
     */
    public static void checkStillAdministered(Agent changed, Collection<Agent> workspace) {
        if (changed.administers()) {
            return;
        }
        boolean another = workspace.stream()
                .anyMatch(agent -> !agent.getId().equals(changed.getId()) && agent.administers());
        if (!another) {
            throw DomainException.conflict("agent.last-admin", "this is the workspace's last enabled administrator;"
                    + " make another agent an administrator first");
        }
    }
}
