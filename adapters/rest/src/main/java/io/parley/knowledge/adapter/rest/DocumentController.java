package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.ChunkView;
import io.parley.knowledge.DocumentLibrary;
import io.parley.knowledge.DocumentView;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.NewDocument;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workspace's documents: administrators upload (multipart, field {@code file}, optional {@code title}),
 * re-process and delete them; every agent lists them and reads their chunks. The workspace comes from the token.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/knowledge/documents")
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class DocumentController {

    record DocumentResponse(String id, String title, String fileName, String format, long size, String status,
                            int chunks, @Nullable String error, Instant uploadedAt, Instant updatedAt) {

        static DocumentResponse of(DocumentView view) {
            return new DocumentResponse(view.id().toString(), view.title(), view.fileName(),
                    view.format().name().toLowerCase(), view.size(), view.status().name().toLowerCase().replace('_',
                    '-'), view.chunks(), view.error(), view.uploadedAt(), view.updatedAt());
        }
    }

    record ChunkResponse(String id, int position, List<String> headings, String text) {

        static ChunkResponse of(ChunkView view) {
            return new ChunkResponse(view.id().toString(), view.position(), view.headings(), view.text());
        }
    }

    private final DocumentLibrary library;

    DocumentController(DocumentLibrary library) {
        this.library = library;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a Markdown, HTML, plain text or PDF document (admins only); its chunks are"
            + " embedded in the background")
    @ApiResponse(responseCode = "201", description = "Stored; status processing (or no-text)")
    ResponseEntity<DocumentResponse> upload(@AdminWorkspace WorkspaceId workspace,
            @RequestPart("file") MultipartFile file, @RequestParam(value = "title", required = false) String title)
            throws IOException {
        if (file.isEmpty()) {
            throw DomainException.invalid("knowledge.document-empty", "the uploaded file is empty");
        }
        var stored = DocumentResponse.of(library.upload(workspace, new NewDocument(
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), title, file.getBytes())));
        return ResponseEntity.created(URI.create("/api/v1/knowledge/documents/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(summary = "The workspace's documents, newest first, with status and chunk count")
    ItemsResponse<DocumentResponse> list(Actor.Agent agent) {
        return new ItemsResponse<>(library.list(agent.workspaceId()).stream().map(DocumentResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document")
    DocumentResponse get(Actor.Agent agent, @PathVariable String id) {
        return DocumentResponse.of(library.get(agent.workspaceId(), KnowledgeDocumentId.parse(id)));
    }

    @GetMapping("/{id}/chunks")
    @Operation(summary = "The document's chunks in reading order, as the bot may quote them")
    ItemsResponse<ChunkResponse> chunks(Actor.Agent agent, @PathVariable String id) {
        return new ItemsResponse<>(library.chunks(agent.workspaceId(), KnowledgeDocumentId.parse(id)).stream()
                .map(ChunkResponse::of).toList());
    }

    @PostMapping("/{id}/reprocess")
    @Operation(summary = "Read and split the stored file again and embed the new chunks (admins only)")
    @ApiResponse(responseCode = "202", description = "Accepted; status processing (or no-text)")
    ResponseEntity<DocumentResponse> reprocess(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(DocumentResponse.of(library.reprocess(workspace, KnowledgeDocumentId.parse(id))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete the document with its chunks (admins only)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AdminWorkspace WorkspaceId workspace, @PathVariable String id) {
        library.delete(workspace, KnowledgeDocumentId.parse(id));
        return ResponseEntity.noContent().build();
    }
}
