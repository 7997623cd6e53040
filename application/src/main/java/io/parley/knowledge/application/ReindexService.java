package io.parley.knowledge.application;

import io.parley.knowledge.IndexStatus;
import io.parley.knowledge.KnowledgeIndexing;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.IndexRuns;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.knowledge.port.KnowledgeVectors.Coverage;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Index runs: at start-up every workspace whose entries or document chunks lack current vectors of the configured
 * models (a model change, changes missed while down) is embedded again in the background, with its progress (entries
 * and chunks counted together) recorded per workspace; vectors of earlier models, of entries and chunks alike, are
 * dropped only once the workspace's entries and chunks all have current ones, so they keep answering meanwhile. An embedding failure leaves entries pending: they are tried again after
 * {@code parley.knowledge.reindex-retry}. Runs execute one at a time on a thread of their own.
 */
@Service
class ReindexService implements KnowledgeIndexing {

    private static final Logger log = LoggerFactory.getLogger(ReindexService.class);

    private final KnowledgeEntries entries;
    private final KnowledgeVectors vectors;
    private final ChunkVectors chunkVectors;
    private final DocumentIndexer documentIndexer;
    private final EmbedText embeddings;
    private final IndexRuns runs;
    private final KnowledgeProperties properties;
    private final Clock clock;
    private final EntryEmbedder embedder;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("knowledge-reindex").unstarted(runnable));
    private final AtomicBoolean retryScheduled = new AtomicBoolean();

    ReindexService(KnowledgeEntries entries, KnowledgeVectors vectors, ChunkVectors chunkVectors,
                   DocumentIndexer documentIndexer, EmbedText embeddings, IndexRuns runs,
                   KnowledgeProperties properties, Clock clock) {
        this.entries = entries;
        this.vectors = vectors;
        this.chunkVectors = chunkVectors;
        this.documentIndexer = documentIndexer;
        this.embeddings = embeddings;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
        this.embedder = new EntryEmbedder(entries, vectors, embeddings);
    }

    /** How the configured models are recorded with a run: "name (dimensions)", comma separated. */
    String modelsLabel() {
        return String.join(", ", embeddings.models().stream().map(EmbedText.Model::toString).toList());
    }

    /** Records a run for every workspace that needs one, then catches up in the background. */
    void startUp() {
        try {
            plan();
        } catch (RuntimeException e) {
            log.warn("Knowledge index could not be checked at start-up; entries are caught up at the next start", e);
            return;
        }
        worker.execute(this::catchUp);
    }

    private void plan() {
        String label = modelsLabel();
        for (Coverage coverage : coverage()) {
            var run = runs.find(coverage.workspaceId());
            boolean recorded = run.isPresent() && run.get().models().equals(label);
            if (!recorded || !coverage.complete() || run.get().state() != IndexStatus.State.COMPLETE) {
                runs.start(coverage.workspaceId(), label, IndexRuns.Kind.CATCH_UP, coverage.total(),
                        coverage.current(), clock.instant());
            }
        }
    }

    /** Embeds every stale entry, then every stale document chunk, batch by batch; finishes the runs left with none. */
    synchronized void catchUp() {
        var models = embeddings.models();
        var attempted = new HashSet<KnowledgeEntryId>();
        var touched = new HashSet<WorkspaceId>();
        EntryEmbedder.Outcome outcome = EntryEmbedder.Outcome.NONE;
        try {
            var stale = vectors.stale(models, properties.reindexBatch());
            // an entry that fails to embed stays stale: one attempt per entry and pass
            while (!stale.isEmpty() && stale.stream().anyMatch(s -> attempted.add(s.entryId()))) {
                stale.forEach(s -> touched.add(s.workspaceId()));
                var batch = embedder.embed(stale);
                outcome = outcome.and(batch);
                batch.embeddedPerWorkspace().forEach((workspace, count) ->
                        runs.advance(workspace, count, batch.failedIn(workspace), batch.error()));
                if (batch.embedded() == 0) {
                    break; // nothing got through: the service is down, try again later
                }
                stale = vectors.stale(models, properties.reindexBatch());
            }
            String documentsFailed = documentIndexer.catchUpStale((workspace, chunks) -> {
                touched.add(workspace);
                runs.advance(workspace, chunks, 0, null);
            });
            if (documentsFailed != null) {
                outcome = outcome.and(EntryEmbedder.Outcome.failure(documentsFailed));
            }
        } catch (RuntimeException e) {
            log.warn("Knowledge index catch-up stopped; it is tried again later", e);
            outcome = outcome.and(EntryEmbedder.Outcome.failure(e.toString()));
        }
        touched.addAll(unfinished());
        for (var workspace : touched) {
            settle(workspace, outcome);
        }
        if (outcome.embedded() > 0) {
            log.info("Knowledge index caught up: {} entries embedded with {}", outcome.embedded(), models);
        }
        if (outcome.failed() > 0) {
            retryLater();
        }
    }

    private List<WorkspaceId> unfinished() {
        return coverage().stream().map(Coverage::workspaceId)
                .filter(w -> runs.find(w).map(r -> r.state() != IndexStatus.State.COMPLETE).orElse(false)).toList();
    }

    /** Entries and document chunks of every workspace that has either, counted together. */
    private List<Coverage> coverage() {
        var models = embeddings.models();
        var merged = new LinkedHashMap<WorkspaceId, Coverage>();
        Stream.concat(vectors.coverage(models).stream(), chunkVectors.coverage(models).stream())
                .forEach(c -> merged.merge(c.workspaceId(), c, ReindexService::plus));
        return List.copyOf(merged.values());
    }

    private Coverage coverage(WorkspaceId workspace) {
        var models = embeddings.models();
        return plus(vectors.coverage(workspace, models), chunkVectors.coverage(workspace, models));
    }

    private static Coverage plus(Coverage a, Coverage b) {
        return new Coverage(a.workspaceId(), a.total() + b.total(), a.current() + b.current());
    }

    /**
     * A workspace whose entries and chunks are all current is complete: earlier models' vectors go; else it waits.
     */
    private void settle(WorkspaceId workspace, EntryEmbedder.Outcome outcome) {
        var coverage = coverage(workspace);
        var run = runs.find(workspace);
        if (coverage.complete()) {
            vectors.retire(workspace, embeddings.models());
            chunkVectors.retire(workspace, embeddings.models());
            if (run.isEmpty() || !run.get().models().equals(modelsLabel())) {
                runs.start(workspace, modelsLabel(), IndexRuns.Kind.CATCH_UP, coverage.total(), coverage.current(),
                        clock.instant());
            }
            if (run.isEmpty() || run.get().state() != IndexStatus.State.COMPLETE) {
                runs.finish(workspace, clock.instant());
            }
        } else if (outcome.failed() > 0) {
            if (run.isEmpty()) {
                runs.start(workspace, modelsLabel(), IndexRuns.Kind.CATCH_UP, coverage.total(), coverage.current(),
                        clock.instant());
            }
            runs.retrying(workspace, coverage.total() - coverage.current(),
                    Optional.ofNullable(outcome.error()).orElse("embedding failed"));
        }
    }

    /** A change could not be embedded: its entry stays pending, the workspace shows it, and it is tried again. */
    void changeFailed(WorkspaceId workspace, RuntimeException failure) {
        settle(workspace, EntryEmbedder.Outcome.failure(failure.getMessage() == null ? failure.toString()
                : failure.getMessage()));
        retryLater();
    }

    private void retryLater() {
        if (retryScheduled.compareAndSet(false, true)) {
            worker.schedule(() -> {
                retryScheduled.set(false);
                catchUp();
            }, properties.reindexRetry().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public IndexStatus status(WorkspaceId workspace) {
        var coverage = coverage(workspace);
        var run = runs.find(workspace).filter(r -> r.models().equals(modelsLabel()));
        if (run.isEmpty()) {
            return new IndexStatus(workspace, modelsLabel(), coverage.complete() ? IndexStatus.State.COMPLETE
                    : IndexStatus.State.INDEXING, coverage.total(), coverage.current(), 0, null, null, null);
        }
        var r = run.get();
        // a finished run's counts are the entries' now: entries written since are indexed one by one
        boolean live = r.state() == IndexStatus.State.COMPLETE || r.kind() == IndexRuns.Kind.CATCH_UP;
        return new IndexStatus(workspace, r.models(), r.state(), live ? coverage.total() : r.total(),
                live ? coverage.current() : r.done(), r.failed(), r.startedAt(), r.finishedAt(), r.lastError());
    }

    @Override
    public IndexStatus reindexAll(WorkspaceId workspace) {
        List<KnowledgeEntry> enabled = entries.findByWorkspace(workspace).stream().filter(KnowledgeEntry::enabled)
                .toList();
        runs.start(workspace, modelsLabel(), IndexRuns.Kind.REBUILD, enabled.size(), 0, clock.instant());
        worker.execute(() -> rebuild(workspace, enabled.stream().map(KnowledgeEntry::getId).toList()));
        return status(workspace);
    }

    private void rebuild(WorkspaceId workspace, List<KnowledgeEntryId> ids) {
        int failed = 0;
        String error = null;
        for (int from = 0; from < ids.size(); from += properties.reindexBatch()) {
            var batch = ids.subList(from, Math.min(ids.size(), from + properties.reindexBatch())).stream()
                    .map(id -> new KnowledgeVectors.StaleEntry(workspace, id)).toList();
            var outcome = embedder.embed(batch);
            failed += outcome.failed();
            error = outcome.error() != null ? outcome.error() : error;
            runs.advance(workspace, outcome.embedded(), failed, outcome.error());
        }
        if (failed == 0) {
            runs.finish(workspace, clock.instant());
        } else {
            // the entries that failed keep their earlier vectors, which are still current for these models
            runs.retrying(workspace, failed, error == null ? "embedding failed" : error);
            log.warn("Re-index of workspace {}: {} entries could not be embedded ({})", workspace, failed, error);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
