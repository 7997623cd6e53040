package io.parley.knowledge.port;

import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where knowledge entries are kept, per workspace. */
@SecondaryPort
public interface KnowledgeEntries {

    Optional<KnowledgeEntry> findById(WorkspaceId workspace, KnowledgeEntryId id);

    List<KnowledgeEntry> findByWorkspace(WorkspaceId workspace);

    KnowledgeEntry save(KnowledgeEntry entry);
}
