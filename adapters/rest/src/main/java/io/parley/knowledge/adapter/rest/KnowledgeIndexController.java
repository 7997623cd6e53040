package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.IndexStatus;
import io.parley.knowledge.KnowledgeIndexing;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The state of the workspace's search index, polled by the console while it changes; re-indexing on request. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/knowledge/index")
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class KnowledgeIndexController {

    private final KnowledgeIndexing indexing;

    KnowledgeIndexController(KnowledgeIndexing indexing) {
        this.indexing = indexing;
    }

    @GetMapping
    @Operation(summary = "The index of the workspace: models, state (INDEXING, RETRYING, COMPLETE), entries in total,"
            + " embedded and failed, when the last run started and finished")
    IndexStatusResponse status(Actor.Agent agent) {
        return IndexStatusResponse.of(indexing.status(agent.workspaceId()));
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Embed every enabled entry of the workspace again, in the background (admins only); the"
            + " current vectors answer until each is replaced")
    @ApiResponse(responseCode = "202", description = "Started")
    ResponseEntity<IndexStatusResponse> rebuild(@AdminWorkspace WorkspaceId workspace) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(IndexStatusResponse.of(indexing.reindexAll(workspace)));
    }

    record IndexStatusResponse(String workspaceId, String models, IndexStatus.State state, int total, int done,
                               int failed, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                               @Nullable String lastError) {

        static IndexStatusResponse of(IndexStatus status) {
            return new IndexStatusResponse(status.workspaceId().toString(), status.models(), status.state(),
                    status.total(), status.done(), status.failed(), status.startedAt(), status.finishedAt(),
                    status.lastError());
        }
    }
}
