package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.ImportedEntry;
import io.parley.knowledge.KnowledgeBase;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntriesDocument;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntryPatch;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntryRequest;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntryResponse;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.TryResponse;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.stream.IntStream;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's knowledge base: every agent reads it and tries questions on it, administrators write it. The
 * workspace always comes from the caller's token, so no request reaches another workspace's entries.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class KnowledgeController {

    private final KnowledgeBase knowledge;
    private final KnowledgeSearch search;

    KnowledgeController(KnowledgeBase knowledge, KnowledgeSearch search) {
        this.knowledge = knowledge;
        this.search = search;
    }

    @GetMapping("/entries")
    @Operation(summary = "The workspace's entries, oldest first")
    ItemsResponse<EntryResponse> list(Actor.Agent agent) {
        return new ItemsResponse<>(knowledge.list(agent.workspaceId()).stream().map(EntryResponse::of).toList());
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "One entry")
    EntryResponse get(Actor.Agent agent, @PathVariable String id) {
        return EntryResponse.of(knowledge.get(agent.workspaceId(), KnowledgeEntryId.parse(id)));
    }

    @PostMapping("/entries")
    @Operation(summary = "Write an entry (admins only); it is searchable once indexed, usually within a second")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<EntryResponse> create(@AdminWorkspace WorkspaceId workspace,
            @Valid @RequestBody EntryRequest request) {
        var created = EntryResponse.of(knowledge.write(workspace, request.content()));
        return ResponseEntity.created(URI.create("/api/v1/knowledge/entries/" + created.id())).body(created);
    }

    @PatchMapping("/entries/{id}")
    @Operation(summary = "Revise, enable or disable an entry (admins only); fields left out keep their value")
    EntryResponse update(@AdminWorkspace WorkspaceId workspace, @PathVariable String id,
            @Valid @RequestBody EntryPatch patch) {
        var entryId = KnowledgeEntryId.parse(id);
        var current = knowledge.get(workspace, entryId);
        if (patch.changesContent()) {
            current = knowledge.revise(workspace, entryId, patch.over(current));
        }
        if (patch.enabled() != null) {
            current = knowledge.enable(workspace, entryId, patch.enabled());
        }
        return EntryResponse.of(current);
    }

    @GetMapping("/export")
    @Operation(summary = "All entries in the import format (admins only)")
    EntriesDocument export(@AdminWorkspace WorkspaceId workspace) {
        return new EntriesDocument(knowledge.list(workspace).stream().map(view -> new EntryRequest(view.question(),
                view.answer(), view.alternatives(), view.tags(), view.enabled())).toList());
    }

    @PostMapping("/import")
    @Operation(summary = "Add entries from an export (admins only); any invalid entry refuses the whole import,"
            + " listing each in errors[] with its number (line) and code")
    @ApiResponse(responseCode = "201", description = "Imported")
    ResponseEntity<ItemsResponse<EntryResponse>> importEntries(@AdminWorkspace WorkspaceId workspace,
            @Valid @RequestBody EntriesDocument document) {
        var entries = document.entries();
        var imported = knowledge.importEntries(workspace, IntStream.range(0, entries.size())
                .mapToObj(i -> new ImportedEntry(i + 1, entries.get(i).content(),
                        !Boolean.FALSE.equals(entries.get(i).enabled())))
                .toList());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ItemsResponse<>(imported.stream().map(EntryResponse::of).toList()));
    }

    @GetMapping("/try")
    @Operation(summary = "What the bot would do with a visitor's message: candidates with scores and its reply")
    TryResponse tryIt(Actor.Agent agent, @RequestParam String q) {
        return TryResponse.of(search.ask(agent.workspaceId(), q));
    }
}
