package io.parley.knowledge.port;

import io.parley.knowledge.IndexStatus;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The last index run of each workspace: which models it embeds with, how far it got, and how it ended. */
@SecondaryPort
public interface IndexRuns {

    /** Kind of run: catching up after a model change or missed changes, or an administrator's re-index of all. */
    enum Kind { CATCH_UP, REBUILD }

    record Run(WorkspaceId workspaceId, String models, Kind kind, IndexStatus.State state, int total, int done,
               int failed, Instant startedAt, @Nullable Instant finishedAt, @Nullable String lastError) {}

    Optional<Run> find(WorkspaceId workspace);

    /** Starts a run, replacing the workspace's last one. */
    void start(WorkspaceId workspace, String models, Kind kind, int total, int done, Instant at);

    /** Adds to a running run's counters; {@code failed} replaces the count of entries whose last attempt failed. */
    void advance(WorkspaceId workspace, int embedded, int failed, @Nullable String lastError);

    void finish(WorkspaceId workspace, Instant at);

    /** The embedding service failed: entries stay pending and are tried again later. */
    void retrying(WorkspaceId workspace, int failed, String lastError);
}
