package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.IndexStatus;
import io.parley.knowledge.KnowledgeIndexing;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** An index that is always complete, for the REST adapter's tests. */
@Component
class FakeKnowledgeIndexing implements KnowledgeIndexing {

    @Override
    public IndexStatus status(WorkspaceId workspace) {
        return new IndexStatus(workspace, "fake (2)", IndexStatus.State.COMPLETE, 0, 0, 0, null, null, null);
    }

    @Override
    public IndexStatus reindexAll(WorkspaceId workspace) {
        return new IndexStatus(workspace, "fake (2)", IndexStatus.State.INDEXING, 0, 0, 0, Instant.EPOCH, null, null);
    }
}
