package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.Script;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Embeddings from an OpenAI-compatible API (a WireMock fake that answers only well-formed requests): entries are
 * embedded through it and found by retrieval; during an outage they stay pending and are indexed once it recovers.
 * The context is closed afterwards, so that its re-indexing does not outlive these tests.
 */
@DirtiesContext
class OpenAiEmbeddingsIntegrationTests extends ParleyIntegrationTest {

    private static final String MODEL = "fake-embed-a";
    private static final FakeEmbeddingsApi API = new FakeEmbeddingsApi().serve(MODEL, 64, "sk-embed-test", 0);

    @DynamicPropertySource
    static void embeddings(DynamicPropertyRegistry registry) {
        registry.add("parley.knowledge.embeddings.provider", () -> "openai");
        registry.add("parley.knowledge.embeddings.openai.base-url", API::baseUrl);
        registry.add("parley.knowledge.embeddings.openai.api-key", () -> "sk-embed-test");
        registry.add("parley.knowledge.embeddings.openai.model", () -> MODEL);
        registry.add("parley.knowledge.embeddings.openai.dimensions", () -> "64");
        registry.add("parley.knowledge.embeddings.openai.answer-threshold", () -> "0.45");
        registry.add("parley.knowledge.embeddings.openai.batch-size", () -> "4");
        registry.add("parley.knowledge.reindex-retry", () -> "500ms");
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void retrievalFindsEntriesEmbeddedByTheConfiguredApi() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String invoices = desk.write("Do you issue invoices for orders?", "Yes: download them under My orders.");
        desk.write("退款多久到账？", "微信支付一般1-3个工作日到账。");

        JsonNode tried = desk.tryIt("can you issue an invoice for my orders");

        assertThat(tried.path("action").asString()).isEqualTo("answer");
        assertThat(tried.path("candidates").get(0).path("entryId").asString()).isEqualTo(invoices);
        assertThat(tried.path("threshold").asDouble()).isEqualTo(0.45);
        assertThat(desk.tryIt("退款几天到账").path("reply").asString()).isEqualTo("微信支付一般1-3个工作日到账。");
        assertThat(jdbc.sql("SELECT DISTINCT model || '/' || dimensions FROM knowledge_embedding WHERE entry_id = :id")
                .param("id", UUID.fromString(invoices)).query(String.class).list()).containsExactly(MODEL + "/64");
        assertThat(API.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.path("model").asString()).isEqualTo(MODEL);
            assertThat(request.path("input").isArray()).isTrue();
        });
        var status = client().get("/api/v1/knowledge/index", desk.tenant().adminToken()).body();
        assertThat(status.path("models").asString()).isEqualTo(MODEL + " (64)");
        assertThat(status.path("total").asInt()).isEqualTo(2);
        assertThat(status.path("done").asInt()).isEqualTo(2);
    }

    @Test
    void entriesWrittenDuringAnOutageStayPendingAndAreIndexedOnceItRecovers() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String token = desk.tenant().adminToken();
        API.fail();
        try {
            var created = client().post("/api/v1/knowledge/entries", token,
                    Map.of("question", "Can I pause my subscription?", "answer", "Yes, for up to three months."));
            assertThat(created.status()).isEqualTo(201);

            JsonNode pending = KnowledgeDesk.await(Duration.ofSeconds(10),
                    () -> client().get("/api/v1/knowledge/index", token).body(),
                    s -> s.path("state").asString().equals("RETRYING"));
            assertThat(pending.path("state").asString()).isEqualTo("RETRYING");
            assertThat(pending.path("total").asInt()).isEqualTo(1);
            assertThat(pending.path("done").asInt()).isZero();
            assertThat(pending.path("failed").asInt()).isEqualTo(1);
            assertThat(pending.path("lastError").asString()).contains("500").doesNotContain("sk-embed-test");
            var tried = client().get("/api/v1/knowledge/try?q=pause", token);
            assertThat(tried.status()).isEqualTo(503);
            assertThat(tried.code()).isEqualTo("knowledge.embeddings-unavailable");
        } finally {
            API.recover();
        }

        JsonNode recovered = KnowledgeDesk.await(Duration.ofSeconds(15),
                () -> client().get("/api/v1/knowledge/index", token).body(),
                s -> s.path("state").asString().equals("COMPLETE"));
        assertThat(recovered.path("done").asInt()).isEqualTo(1);
        assertThat(recovered.path("failed").asInt()).isZero();
        assertThat(recovered.path("finishedAt").isNull()).isFalse();
        assertThat(desk.tryIt("can I pause the subscription").path("reply").asString())
                .isEqualTo("Yes, for up to three months.");
    }

    @Test
    void aVisitorIsHandedOverWhileTheEmbeddingServiceIsDown() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("Do you ship abroad?", "Yes, to 30 countries.");
        var visit = desk.visit();
        API.fail();
        try {
            desk.say(visit, "do you ship to other countries");

            assertThat(desk.awaitStatus(visit, "WAITING", Duration.ofSeconds(15))).isEqualTo("WAITING");
            assertThat(KnowledgeDesk.botReplies(desk.messages(visit)))
                    .containsExactly(BotLines.handingOver(Script.OTHER));
        } finally {
            API.recover();
        }
    }
}
