package io.parley.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible {@code /v1/embeddings} endpoint on WireMock. It answers only requests of the expected shape
 * (the model's name, {@code input} as an array of texts, {@code Authorization: Bearer <key>}); anything else gets
 * WireMock's 404. Its vectors hash words (and Chinese characters and their pairs) into the model's dimensions, seeded
 * by the model's name: texts sharing words score high, so retrieval through it finds entries like a real model.
 */
public final class FakeEmbeddingsApi implements AutoCloseable {

    private static final String TRANSFORMER = "fake-embeddings";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort()
            .extensions(new Vectors()));
    private StubMapping outage;

    public FakeEmbeddingsApi() {
        server.start();
    }

    /** Answers requests for {@code model} made with {@code key}, each after {@code delayMillis}. */
    public FakeEmbeddingsApi serve(String model, int dimensions, String key, int delayMillis) {
        server.stubFor(post(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer " + key))
                .withRequestBody(matchingJsonPath("$.model", equalTo(model)))
                .withRequestBody(matchingJsonPath("$.input[0]"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withFixedDelay(delayMillis)
                        .withTransformers(TRANSFORMER).withTransformerParameter("dimensions", dimensions)));
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** From now on every request fails with 500, until {@link #recover()}. */
    public void fail() {
        outage = server.stubFor(post(urlEqualTo("/v1/embeddings")).atPriority(1).willReturn(serverError()
                .withBody("{\"error\":{\"message\":\"upstream overloaded\"}}")));
    }

    public void recover() {
        server.removeStub(outage);
    }

    /** The bodies of the requests received, as JSON. */
    public List<JsonNode> requests() {
        return server.getAllServeEvents().stream().map(e -> JSON.readTree(e.getRequest().getBodyAsString()))
                .toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The {@code /v1/embeddings} answer: one vector per input, in order. */
    private static final class Vectors implements ResponseTransformerV2 {

        @Override
        public Response transform(Response response, ServeEvent event) {
            JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
            int dimensions = ((Number) event.getTransformerParameters().get("dimensions")).intValue();
            String model = request.path("model").asString();
            ObjectNode body = JSON.createObjectNode().put("object", "list").put("model", model);
            ArrayNode data = body.putArray("data");
            int index = 0;
            for (JsonNode input : request.path("input")) {
                ArrayNode vector = data.addObject().put("object", "embedding").put("index", index++)
                        .putArray("embedding");
                for (float value : vector(model, input.asString(), dimensions)) {
                    vector.add(value);
                }
            }
            body.putObject("usage").put("prompt_tokens", 1).put("total_tokens", 1);
            return Response.Builder.like(response).but().body(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }

    static float[] vector(String model, String text, int dimensions) {
        float[] vector = new float[dimensions];
        for (String token : tokens(text)) {
            int hash = (model + "|" + token).hashCode();
            vector[Math.floorMod(hash, dimensions)] += (hash & 1) == 0 ? 1 : -1;
        }
        return vector;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{IsAlphabetic}\\p{IsDigit}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i < word.length(); i++) {
                    tokens.add(word.substring(i, i + 1));
                    if (i + 1 < word.length()) {
                        tokens.add(word.substring(i, i + 2));
                    }
                }
            } else if (word.length() > 2) {
                tokens.add(word);
            }
        }
        tokens.add("§"); // no text maps to the zero vector
        return tokens;
    }
}
