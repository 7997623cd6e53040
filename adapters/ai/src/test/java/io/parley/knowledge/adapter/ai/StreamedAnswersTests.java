package io.parley.knowledge.adapter.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.parley.knowledge.AnswerDraft;
import io.parley.knowledge.port.ComposeAnswer.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streamed chat completions (server-sent events) from fake OpenAI-compatible providers, with fail-over. */
class StreamedAnswersTests {

    private static final List<Source> SOURCES = List.of(new Source("退款多久到账？", "一般1-3个工作日到账。"));

    private final WireMockServer first = new WireMockServer(wireMockConfig().dynamicPort());
    private final WireMockServer second = new WireMockServer(wireMockConfig().dynamicPort());
    private final List<String> shown = new ArrayList<>();
    private final AnswerDraft draft = new AnswerDraft() {
        @Override
        public void append(String delta) {
            shown.add(delta);
        }

        @Override
        public void restart() {
            shown.add("<restart>");
        }
    };

    @BeforeEach
    void start() {
        first.start();
        second.start();
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    static String events(String model, List<String> pieces, boolean finished) {
        String chunks = pieces.stream().map(piece -> "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
                + "\"created\":1767600000,\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                + piece + "\"},\"finish_reason\":null}]}\n\n").collect(Collectors.joining());
        return chunks + (finished ? "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":"
                + "1767600000,\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":"
                + "\"stop\"}]}\n\ndata: [DONE]\n\n" : "");
    }

    private static void streams(WireMockServer server, String model, List<String> pieces) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events(model, pieces, true))));
    }

    private LlmProperties.Provider provider(String name, WireMockServer server, Duration timeout) {
        return new LlmProperties.Provider(name, "http://127.0.0.1:" + server.port() + "/v1", "sk-" + name,
                name + "-chat", timeout);
    }

    @Test
    void streamsThePiecesInOrderAndReturnsTheWholeAnswer() {
        streams(first, "deepseek-chat", List.of("一般", "1-3个", "工作日到账 [1]。"));
        var answers = new OpenAiCompatibleAnswers(new LlmProperties(List.of(
                provider("deepseek", first, Duration.ofSeconds(5)))));

        var answer = answers.compose("退款几天到", SOURCES, draft);

        assertThat(answer).contains("一般1-3个工作日到账 [1]。");
        assertThat(shown).containsExactly("一般", "1-3个", "工作日到账 [1]。");
        first.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-deepseek"))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.model", equalTo("deepseek-chat"))));
    }

    @Test
    void failsOverWithoutShowingAnythingWhenTheFirstProviderAnswers500() {
        first.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        streams(second, "qwen-chat", List.of("Refunds take ", "1-3 days [1]."));
        var answers = new OpenAiCompatibleAnswers(new LlmProperties(List.of(
                provider("openai", first, Duration.ofSeconds(5)), provider("qwen", second, Duration.ofSeconds(5)))));

        var answer = answers.compose("how long do refunds take", SOURCES, draft);

        assertThat(answer).contains("Refunds take 1-3 days [1].");
        assertThat(shown).containsExactly("Refunds take ", "1-3 days [1].");
    }

    @Test
    void restartsTheDraftWhenAProviderStallsMidAnswer() {
        // the first provider sends one piece, then nothing more within its time limit
        first.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withChunkedDribbleDelay(3, 9_000)
                .withBody(events("slow", List.of("Half", " of an answer".repeat(60)), true))));
        streams(second, "backup-chat", List.of("On time [1]."));
        var answers = new OpenAiCompatibleAnswers(new LlmProperties(List.of(
                provider("slow", first, Duration.ofMillis(3_500)), provider("backup", second, Duration.ofSeconds(5)))));

        long start = System.nanoTime();
        var answer = answers.compose("hello?", SOURCES, draft);

        assertThat(answer).contains("On time [1].");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(shown).first().isEqualTo("Half");
        assertThat(shown).last().isEqualTo("On time [1].");
        assertThat(shown).endsWith("<restart>", "On time [1].");
    }

    @Test
    void givesUpWhenEveryProviderFails() {
        first.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
        var answers = new OpenAiCompatibleAnswers(new LlmProperties(List.of(
                provider("down", first, Duration.ofSeconds(5)))));

        assertThat(answers.compose("hello?", SOURCES, draft)).isEmpty();
        assertThat(shown).isEmpty();
    }
}
