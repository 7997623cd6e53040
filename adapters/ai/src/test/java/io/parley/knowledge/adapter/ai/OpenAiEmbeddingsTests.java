package io.parley.knowledge.adapter.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.EmbedText;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible embeddings adapter against a WireMock API: request shape, batches, and every failure. */
class OpenAiEmbeddingsTests {

    private final WireMockServer api = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        api.start();
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    private OpenAiEmbeddings embeddings(int dimensions, int batchSize, Duration timeout) {
        var properties = new EmbeddingsProperties.OpenAi("http://127.0.0.1:" + api.port() + "/v1", "sk-unit",
                "unit-embed", dimensions, true, 0.6, timeout, batchSize);
        return new OpenAiEmbeddings(properties, new OnnxEmbeddings(false));
    }

    /** Answers {@code count} vectors of {@code dimensions} numbers, the i-th pointing along axis i. */
    private void answers(int count, int dimensions, int delayMillis) {
        String data = IntStream.range(0, count).mapToObj(i -> "{\"object\":\"embedding\",\"index\":" + i
                        + ",\"embedding\":[" + IntStream.range(0, dimensions).mapToObj(d -> d == i ? "2.0" : "0.0")
                        .collect(Collectors.joining(",")) + "]}").collect(Collectors.joining(","));
        api.stubFor(post(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer sk-unit"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("unit-embed")))
                .withRequestBody(matchingJsonPath("$.input[0]"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withFixedDelay(delayMillis)
                        .withBody("{\"object\":\"list\",\"model\":\"unit-embed\",\"data\":[" + data + "],"
                                + "\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}")));
    }

    @Test
    void sendsTheModelTheTextsAsAnArrayAndTheKeyAndReturnsUnitVectorsInOrder() {
        answers(2, 4, 0);
        var embeddings = embeddings(4, 10, Duration.ofSeconds(20));
        var model = embeddings.modelFor(Script.HAN);

        var vectors = embeddings.embed(model, List.of("退款多久到账", "refund time"));

        assertThat(model).isEqualTo(new EmbedText.Model("unit-embed", 4, 0.6));
        assertThat(embeddings.modelFor(Script.OTHER)).isEqualTo(model);
        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).containsExactly(1f, 0f, 0f, 0f);
        assertThat(vectors.get(1)).containsExactly(0f, 1f, 0f, 0f);
        api.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                .withRequestBody(matchingJsonPath("$.input[1]", equalTo("refund time")))
                .withRequestBody(matchingJsonPath("$.dimensions", equalTo("4"))));
    }

    @Test
    void sendsManyTextsInBatchesOfTheConfiguredSize() {
        answers(2, 4, 0);
        var embeddings = embeddings(4, 2, Duration.ofSeconds(20));

        var vectors = embeddings.embed(embeddings.models().getFirst(), List.of("a", "b", "c", "d"));

        assertThat(vectors).hasSize(4);
        api.verify(2, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void aFailingServiceAVectorOfTheWrongSizeOrTooFewVectorsAreUnavailable() {
        var embeddings = embeddings(4, 10, Duration.ofSeconds(20));
        var model = embeddings.models().getFirst();
        api.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(serverError()));
        assertThatThrownBy(() -> embeddings.embed(model, "x")).isInstanceOf(EmbedText.Unavailable.class);

        api.resetAll();
        answers(1, 3, 0);
        assertThatThrownBy(() -> embeddings.embed(model, "x")).isInstanceOf(EmbedText.Unavailable.class)
                .hasMessageContaining("3 numbers").hasMessageContaining("dimensions is 4");

        assertThatThrownBy(() -> embeddings.embed(model, List.of("x", "y"))).isInstanceOf(EmbedText.Unavailable.class)
                .hasMessageContaining("1 vectors for 2 texts");
    }

    @Test
    void aSlowServiceIsGivenUpAfterTheTimeLimit() {
        // a service far slower than the limit and than any pause of a busy machine: only giving up ends it early
        answers(1, 4, 20_000);
        var embeddings = embeddings(4, 10, Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> embeddings.embed(embeddings.models().getFirst(), "x"))
                .isInstanceOf(EmbedText.Unavailable.class); // the HTTP client or the limit around it, whichever first
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theOfflineModelsRemainForQueriesOfWorkspacesTheyIndexed() {
        var embeddings = embeddings(4, 10, Duration.ofSeconds(20));

        assertThat(embeddings.previousFor(Script.HAN)).contains(OnnxEmbeddings.BGE_SMALL_ZH);
        assertThat(embeddings.previousFor(Script.OTHER)).contains(OnnxEmbeddings.MINILM_L6);
        assertThat(embeddings.models()).extracting(EmbedText.Model::name).containsExactly("unit-embed");
    }
}
