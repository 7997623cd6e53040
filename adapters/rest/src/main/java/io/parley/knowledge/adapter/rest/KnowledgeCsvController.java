package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.KnowledgeBase;
import io.parley.knowledge.adapter.rest.KnowledgeMessages.EntryResponse;
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
import java.nio.charset.StandardCharsets;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The knowledge entries as a spreadsheet: CSV export and an all-or-nothing CSV import (format in {@link CsvEntries}). */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class KnowledgeCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final KnowledgeBase knowledge;

    KnowledgeCsvController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping(value = "/export/csv", produces = "text/csv")
    @Operation(summary = "All entries as CSV, UTF-8 with a byte-order mark (admins only)")
    ResponseEntity<byte[]> export(@AdminWorkspace WorkspaceId workspace) {
        byte[] csv = CsvEntries.write(knowledge.list(workspace)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("knowledge.csv").build().toString()).body(csv);
    }

    @PostMapping(value = "/import/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add entries from a CSV file (multipart field file; admins only); any invalid line refuses"
            + " the whole file, listing each in errors[] with its line and code")
    @ApiResponse(responseCode = "201", description = "Imported")
    ResponseEntity<ItemsResponse<EntryResponse>> importCsv(@AdminWorkspace WorkspaceId workspace,
            @RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw DomainException.invalid("knowledge.csv-empty", "the uploaded CSV file is empty");
        }
        var imported = knowledge.importEntries(workspace, CsvEntries.read(file.getBytes()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ItemsResponse<>(imported.stream().map(EntryResponse::of).toList()));
    }
}
