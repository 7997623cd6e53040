package io.parley.knowledge.application;

import io.parley.knowledge.EntryContent;
import io.parley.knowledge.ImportedEntry;
import io.parley.knowledge.KnowledgeBase;
import io.parley.knowledge.KnowledgeEntryView;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.shared.DomainException;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KnowledgeService implements KnowledgeBase {

    static final int MAX_IMPORT = 2000;

    private final KnowledgeEntries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeService(KnowledgeEntries entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnowledgeEntryView> list(WorkspaceId workspace) {
        return entries.findByWorkspace(workspace).stream().map(KnowledgeService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public KnowledgeEntryView get(WorkspaceId workspace, KnowledgeEntryId id) {
        return view(load(workspace, id));
    }

    @Override
    @Transactional
    public KnowledgeEntryView write(WorkspaceId workspace, EntryContent content) {
        return view(store(KnowledgeEntry.write(workspace, content.question(), content.answer(),
                content.alternatives(), content.tags(), clock.instant())));
    }

    @Override
    @Transactional
    public KnowledgeEntryView revise(WorkspaceId workspace, KnowledgeEntryId id, EntryContent content) {
        return change(workspace, id, entry -> entry.revise(content.question(), content.answer(),
                content.alternatives(), content.tags(), clock.instant()));
    }

    @Override
    @Transactional
    public KnowledgeEntryView enable(WorkspaceId workspace, KnowledgeEntryId id, boolean enabled) {
        return change(workspace, id, entry -> {
            if (enabled) {
                entry.enable(clock.instant());
            } else {
                entry.disable(clock.instant());
            }
        });
    }

    @Override
    @Transactional
    public List<KnowledgeEntryView> importEntries(WorkspaceId workspace, List<ImportedEntry> imported) {
        if (imported.size() > MAX_IMPORT) {
            throw DomainException.invalid("knowledge.import-too-large",
                    "an import holds at most " + MAX_IMPORT + " entries; split the file");
        }
        // build every entry first: any invalid entry refuses the import before anything is stored
        var written = new ArrayList<KnowledgeEntry>();
        var errors = new ArrayList<Map<String, Object>>();
        for (var one : imported) {
            if (one.problem() != null) {
                errors.add(Map.of("line", one.line(), "code", one.problem().code(), "message",
                        one.problem().message()));
                continue;
            }
            try {
                var content = one.content();
                var entry = KnowledgeEntry.write(workspace, content.question(), content.answer(),
                        content.alternatives(), content.tags(), clock.instant());
                if (!one.enabled()) {
                    entry.disable(clock.instant());
                }
                written.add(entry);
            } catch (DomainException e) {
                errors.add(Map.of("line", one.line(), "code", e.code(), "message", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            var first = errors.getFirst();
            throw DomainException.invalid("knowledge.import-invalid", errors.size() + " of " + imported.size()
                    + " entries are invalid, so nothing was imported; the first, at line " + first.get("line")
                    + ": " + first.get("message") + " (" + first.get("code") + ")").withErrors(errors);
        }
        return written.stream().map(this::store).map(KnowledgeService::view).toList();
    }

    private KnowledgeEntryView change(WorkspaceId workspace, KnowledgeEntryId id, Consumer<KnowledgeEntry> change) {
        var entry = load(workspace, id);
        change.accept(entry);
        return view(store(entry));
    }

    private KnowledgeEntry load(WorkspaceId workspace, KnowledgeEntryId id) {
        return entries.findById(workspace, id).orElseThrow(() ->
                DomainException.notFound("knowledge.entry-not-found", "no such knowledge entry in this workspace"));
    }

    private KnowledgeEntry store(KnowledgeEntry entry) {
        entries.save(entry);
        entry.releaseEvents().forEach(events::publishEvent);
        return entry;
    }

    static KnowledgeEntryView view(KnowledgeEntry entry) {
        return new KnowledgeEntryView(entry.getId(), entry.workspaceId(), entry.question(), entry.answer(),
                entry.alternatives(), entry.tags(), entry.enabled(), entry.createdAt(), entry.updatedAt());
    }
}
