package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The state of a workspace's search index, and an administrator's request to embed every entry again. */
@PrimaryPort
public interface KnowledgeIndexing {

    IndexStatus status(WorkspaceId workspace);

    /**
     * Embeds every enabled entry of the workspace again in the background, with the configured models; the vectors
     * there now keep answering until each is replaced. Returns the status as the run starts.
     */
    IndexStatus reindexAll(WorkspaceId workspace);
}
