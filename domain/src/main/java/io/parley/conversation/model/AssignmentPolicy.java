package io.parley.conversation.model;

import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;

/**
 * Who may give a conversation to whom: any agent may claim an unassigned conversation for themselves; moving it
 * to someone else, or taking it from its assignee, is for the current assignee, supervisors and admins.
 */
public final class AssignmentPolicy {

    private AssignmentPolicy() {}

    public static void checkMayAssign(Actor actor, Conversation conversation, AgentId target) {
        if (!(actor instanceof Actor.Agent agent)) {
            if (actor instanceof Actor.System) {
                return;
            }
            throw DomainException.forbidden("conversation.assign-forbidden", "only agents assign conversations");
        }
        boolean claimingFree = target.equals(agent.agentId()) && conversation.assignee() == null;
        boolean isAssignee = agent.agentId().equals(conversation.assignee());
        if (claimingFree || isAssignee || agent.role().canReassign()) {
            return;
        }
        throw DomainException.forbidden("conversation.assign-forbidden",
                "this conversation belongs to another agent; ask them or a supervisor to transfer it");
    }
}
