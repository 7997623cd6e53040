package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A tenant's documents driven over REST as the console does: upload, wait until indexed, read chunks. */
final class DocumentShelf {

    static final String PATH = "/api/v1/knowledge/documents";

    private final ParleyClient client;
    private final String token;

    DocumentShelf(ParleyClient client, String adminToken) {
        this.client = client;
        this.token = adminToken;
    }

    Response upload(String fileName, byte[] content) {
        return client.upload(PATH, token, fileName, content, Map.of());
    }

    Response upload(String fileName, String content) {
        return upload(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads and waits until the document's chunks are searchable; returns the document. */
    JsonNode uploadReady(String fileName, byte[] content) {
        Response uploaded = upload(fileName, content);
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        return awaitStatus(uploaded.body().path("id").asString(), "ready");
    }

    JsonNode uploadReady(String fileName, String content) {
        return uploadReady(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode awaitStatus(String id, String status) {
        JsonNode document = KnowledgeDesk.await(Duration.ofSeconds(30), () -> get(id).body(),
                d -> d.path("status").asString().equals(status));
        assertThat(document.path("status").asString()).as(document.toString()).isEqualTo(status);
        return document;
    }

    Response get(String id) {
        return client.get(PATH + "/" + id, token);
    }

    List<JsonNode> list() {
        return client.get(PATH, token).body().path("items").valueStream().toList();
    }

    List<JsonNode> chunks(String id) {
        Response chunks = client.get(PATH + "/" + id + "/chunks", token);
        assertThat(chunks.status()).as(chunks.body().toString()).isEqualTo(200);
        return chunks.body().path("items").valueStream().toList();
    }
}
