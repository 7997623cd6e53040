package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a workspace's index stands: its enabled entries ({@code total}), those embedded by the current models
 * ({@code done}), those whose last attempt failed ({@code failed}, tried again later), the models, and when the last
 * run started and finished.
 *
 * @param state     {@code INDEXING} while a run embeds entries, {@code RETRYING} while the embedding service fails
 *                  (entries stay pending and are tried again), {@code COMPLETE} when every entry is current
 * @param lastError the last failure, for administrators; never a key or a visitor's text
 */
public record IndexStatus(WorkspaceId workspaceId, String models, State state, int total, int done, int failed,
                          @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String lastError) {

    public enum State { INDEXING, RETRYING, COMPLETE }
}
