package io.parley.agent.adapter.rest;

import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.CannedReplyId;
import io.parley.agent.CannedReplyLibrary;
import io.parley.agent.CannedReplyScope;
import io.parley.agent.CannedReplyView;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.parley.shared.adapter.rest.ItemsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Canned replies: the workspace's shared ones and the caller's personal ones. The workspace and the agent always
 * come from the token; lengths, characters and rights are checked by the domain.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/canned-replies")
@Tag(name = "Canned replies")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class CannedReplyController {

    /** {@code scope} defaults to PERSONAL. */
    record CannedReplyRequest(@Nullable String scope, @Nullable String shortcut, @Nullable String text) {}

    /** Fields left out keep their value; the scope of a reply never changes. */
    record CannedReplyPatch(@Nullable String shortcut, @Nullable String text) {}

    record CannedReplyResponse(String id, CannedReplyScope scope, @Nullable String ownerId, String shortcut,
                               String text, boolean editable, Instant createdAt, Instant updatedAt) {

        static CannedReplyResponse of(CannedReplyView view) {
            return new CannedReplyResponse(view.id().toString(), view.scope(),
                    view.owner() == null ? null : view.owner().toString(), view.shortcut(), view.text(),
                    view.editable(), view.createdAt(), view.updatedAt());
        }
    }

    private final CannedReplyLibrary library;

    CannedReplyController(CannedReplyLibrary library) {
        this.library = library;
    }

    @GetMapping
    @Operation(summary = "The workspace's shared replies and the caller's personal ones, shared first, by shortcut")
    ItemsResponse<CannedReplyResponse> list(AuthenticatedAgent agent) {
        return new ItemsResponse<>(library.visibleTo(agent).stream().map(CannedReplyResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reply the caller can see")
    CannedReplyResponse get(AuthenticatedAgent agent, @PathVariable String id) {
        return CannedReplyResponse.of(library.get(agent, CannedReplyId.parse(id)));
    }

    @PostMapping
    @Operation(summary = "Write a reply: PERSONAL (default) for the caller, SHARED (admins and supervisors only)")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<CannedReplyResponse> create(AuthenticatedAgent agent, @RequestBody CannedReplyRequest request) {
        var scope = request.scope() == null ? CannedReplyScope.PERSONAL : CannedReplyScope.parse(request.scope());
        var created = CannedReplyResponse.of(library.write(agent, scope, nullToEmpty(request.shortcut()),
                nullToEmpty(request.text())));
        return ResponseEntity.created(URI.create("/api/v1/canned-replies/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a reply's shortcut or text (one's own, or a shared one as admin or supervisor)")
    CannedReplyResponse update(AuthenticatedAgent agent, @PathVariable String id,
            @RequestBody CannedReplyPatch patch) {
        return CannedReplyResponse.of(library.revise(agent, CannedReplyId.parse(id), patch.shortcut(),
                patch.text()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a reply (one's own, or a shared one as admin or supervisor)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(AuthenticatedAgent agent, @PathVariable String id) {
        library.delete(agent, CannedReplyId.parse(id));
        return ResponseEntity.noContent().build();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
