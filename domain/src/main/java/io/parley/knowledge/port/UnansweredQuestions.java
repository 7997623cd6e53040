package io.parley.knowledge.port;

import io.parley.knowledge.UnansweredQuestion;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where unanswered questions wait for review, per workspace. */
@SecondaryPort
public interface UnansweredQuestions {

    void add(WorkspaceId workspace, UnansweredQuestion question);

    /** Not dismissed, newest first, at most {@code limit}. */
    List<UnansweredQuestion> open(WorkspaceId workspace, int limit);

    /** Whether an open question of the workspace was dismissed. */
    boolean dismiss(WorkspaceId workspace, UUID question, Instant at);
}
