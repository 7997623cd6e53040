package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Writing and reading a workspace's knowledge entries. Every call names the workspace; an entry of another
 * workspace answers {@code knowledge.entry-not-found}, like one that does not exist. Each change is re-indexed in
 * the background.
 */
@PrimaryPort
public interface KnowledgeBase {

    List<KnowledgeEntryView> list(WorkspaceId workspace);

    KnowledgeEntryView get(WorkspaceId workspace, KnowledgeEntryId id);

    KnowledgeEntryView write(WorkspaceId workspace, EntryContent content);

    KnowledgeEntryView revise(WorkspaceId workspace, KnowledgeEntryId id, EntryContent content);

    /** A disabled entry stays in the base but the bot never answers with it. */
    KnowledgeEntryView enable(WorkspaceId workspace, KnowledgeEntryId id, boolean enabled);

    /**
     * Writes all the entries or none: any invalid entry refuses the whole import with
     * {@code knowledge.import-invalid}, listing every invalid entry's line and code.
     */
    List<KnowledgeEntryView> importEntries(WorkspaceId workspace, List<ImportedEntry> entries);
}
