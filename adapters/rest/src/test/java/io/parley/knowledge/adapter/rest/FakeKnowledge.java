package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.EntryContent;
import io.parley.knowledge.ImportedEntry;
import io.parley.knowledge.KnowledgeBase;
import io.parley.knowledge.KnowledgeEntryView;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.shared.DomainException;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** An in-memory knowledge base for the REST adapter's tests; "try it" hands over every message. */
@Component
class FakeKnowledge implements KnowledgeBase, KnowledgeSearch {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private final Map<KnowledgeEntryId, KnowledgeEntryView> entries = new ConcurrentHashMap<>();

    @Override
    public List<KnowledgeEntryView> list(WorkspaceId workspace) {
        return entries.values().stream().filter(e -> e.workspaceId().equals(workspace)).toList();
    }

    @Override
    public KnowledgeEntryView get(WorkspaceId workspace, KnowledgeEntryId id) {
        var entry = entries.get(id);
        if (entry == null || !entry.workspaceId().equals(workspace)) {
            throw DomainException.notFound("knowledge.entry-not-found", "no such knowledge entry in this workspace");
        }
        return entry;
    }

    @Override
    public KnowledgeEntryView write(WorkspaceId workspace, EntryContent content) {
        var view = new KnowledgeEntryView(KnowledgeEntryId.random(), workspace, content.question(), content.answer(),
                content.alternatives(), content.tags(), true, NOW, NOW);
        entries.put(view.id(), view);
        return view;
    }

    @Override
    public KnowledgeEntryView revise(WorkspaceId workspace, KnowledgeEntryId id, EntryContent content) {
        var old = get(workspace, id);
        var view = new KnowledgeEntryView(id, workspace, content.question(), content.answer(), content.alternatives(),
                content.tags(), old.enabled(), old.createdAt(), NOW);
        entries.put(id, view);
        return view;
    }

    @Override
    public KnowledgeEntryView enable(WorkspaceId workspace, KnowledgeEntryId id, boolean enabled) {
        var old = get(workspace, id);
        var view = new KnowledgeEntryView(id, workspace, old.question(), old.answer(), old.alternatives(), old.tags(),
                enabled, old.createdAt(), NOW);
        entries.put(id, view);
        return view;
    }

    @Override
    public List<KnowledgeEntryView> importEntries(WorkspaceId workspace, List<ImportedEntry> imported) {
        return imported.stream().map(one -> write(workspace, one.content())).toList();
    }

    @Override
    public BotReply ask(WorkspaceId workspace, String message) {
        return new BotReply(List.of(), BotReply.Action.HAND_OVER, null, "handing over", "low-confidence", 0.5);
    }
}
