package io.parley.conversation.model;

import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;

/**
 * Who may give a conversation to whom: any agent may claim an unassigned conversation for themselves; moving it
 * to someone else, taking it from its assignee, or putting it back in the queue is for the current assignee,
 * supervisors and admins.
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

    public static void checkMayUnassign(Actor actor, Conversation conversation) {
        if (actor instanceof Actor.System) {
            return;
        }
        if (actor instanceof Actor.Agent agent
                && (agent.agentId().equals(conversation.assignee()) || agent.role().canReassign())) {
            return;
        }
        throw DomainException.forbidden("conversation.assign-forbidden", actor instanceof Actor.Agent
                ? "this conversation belongs to another agent; ask them or a supervisor to put it back in the queue"
                : "only agents assign conversations");
    }
}
