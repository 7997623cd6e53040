package io.parley.knowledge.model;

import io.parley.knowledge.DocumentFormat;
import io.parley.knowledge.DocumentStatus;
import io.parley.knowledge.KnowledgeDocumentChanged;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A file the bot answers from, split into chunks. Its status follows the chunks: {@code PROCESSING} until each has
 * its vectors, then {@code READY}; {@code NO_TEXT} when the file holds no text to search.
 */
public class KnowledgeDocument implements AggregateRoot<KnowledgeDocument, KnowledgeDocumentId> {

    public static final int MAX_TITLE = 200;

    private final KnowledgeDocumentId id;
    private final WorkspaceId workspaceId;
    private final String title;
    private final String fileName;
    private final DocumentFormat format;
    private final long size;
    private DocumentStatus status;
    private int chunks;
    private @Nullable String error;
    private final Instant uploadedAt;
    private Instant updatedAt;
    private final List<DomainEvent> events = new ArrayList<>();

    public KnowledgeDocument(KnowledgeDocumentId id, WorkspaceId workspaceId, String title, String fileName,
                             DocumentFormat format, long size, DocumentStatus status, int chunks,
                             @Nullable String error, Instant uploadedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.title = title;
        this.fileName = fileName;
        this.format = Objects.requireNonNull(format);
        this.size = size;
        this.status = Objects.requireNonNull(status);
        this.chunks = chunks;
        this.error = error;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A checked file whose text was split into {@code chunks} chunks; those wait to be embedded. */
    public static KnowledgeDocument upload(WorkspaceId workspace, String title, DocumentFile file, int chunks,
                                           Instant now) {
        var document = new KnowledgeDocument(KnowledgeDocumentId.random(), workspace, title, file.fileName(),
                file.format(), file.size(), DocumentStatus.PROCESSING, 0, null, now, now);
        document.split(chunks, now);
        return document;
    }

    /** The stored file was split again, into {@code chunks} new chunks. */
    public void split(int chunkCount, Instant now) {
        chunks = chunkCount;
        error = null;
        updatedAt = now;
        status = chunkCount == 0 ? DocumentStatus.NO_TEXT : DocumentStatus.PROCESSING;
        if (status == DocumentStatus.PROCESSING) {
            events.add(new KnowledgeDocumentChanged(workspaceId, id, now));
        }
    }

    /** Every chunk has its vectors: the bot may quote them. Only a document still processing becomes ready. */
    public boolean indexed(Instant now) {
        if (status != DocumentStatus.PROCESSING) {
            return false;
        }
        status = DocumentStatus.READY;
        updatedAt = now;
        return true;
    }

    /** Embedding failed; {@code code} says why, and re-processing tries again. */
    public void failed(String code, Instant now) {
        status = DocumentStatus.FAILED;
        error = code;
        updatedAt = now;
    }

    public List<DomainEvent> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    @Override
    public KnowledgeDocumentId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    public DocumentStatus status() {
        return status;
    }

    public int chunks() {
        return chunks;
    }

    public @Nullable String error() {
        return error;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
