package io.parley.agent;

import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * The texts agents insert by typing "/" and a shortcut. Shared replies belong to the workspace: every agent sees
 * them, admins and supervisors write them ({@code canned.forbidden} for others). Personal replies belong to the agent
 * who wrote them; nobody else sees them. A reply the agent cannot see, in this or another workspace, answers
 * {@code canned.not-found}, like one that does not exist.
 */
@PrimaryPort
public interface CannedReplyLibrary {

    /** The workspace's shared replies and the agent's own, shared first, each by shortcut. */
    List<CannedReplyView> visibleTo(AuthenticatedAgent agent);

    CannedReplyView get(AuthenticatedAgent agent, CannedReplyId id);

    /** {@code canned.shortcut-taken} when the scope (for personal ones: the agent) has the shortcut already. */
    CannedReplyView write(AuthenticatedAgent agent, CannedReplyScope scope, String shortcut, String text);

    /** Fields left {@code null} keep their value. */
    CannedReplyView revise(AuthenticatedAgent agent, CannedReplyId id, @Nullable String shortcut,
                           @Nullable String text);

    void delete(AuthenticatedAgent agent, CannedReplyId id);
}
