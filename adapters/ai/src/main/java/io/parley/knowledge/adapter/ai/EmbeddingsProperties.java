package io.parley.knowledge.adapter.ai;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.knowledge.embeddings}: which model turns entries and messages into vectors. {@code onnx} (the
 * default) runs the two small models shipped in the jar, offline; {@code openai} calls an OpenAI-compatible
 * {@code /embeddings} API (OpenAI, DashScope compatible mode, Zhipu, Ollama, vLLM). Changing the model makes every
 * workspace be embedded again in the background at the next start.
 */
@Validated
@ConfigurationProperties("parley.knowledge.embeddings")
public record EmbeddingsProperties(@DefaultValue("onnx") Provider provider, @DefaultValue @Valid OpenAi openai) {

    public enum Provider { ONNX, OPENAI }

    /**
     * @param baseUrl         the API root that {@code /embeddings} hangs off, e.g. {@code https://api.openai.com/v1}
     * @param apiKey          sent as a bearer token; never logged
     * @param model           the provider's model name, recorded with every vector
     * @param dimensions      the size of its vectors; recorded with them, and checked on every answer
     * @param sendDimensions  whether to ask for {@code dimensions} in the request (models that can shorten their
     *                        vectors, such as text-embedding-3; others may refuse the parameter)
     * @param answerThreshold the score from which the best match is answered with (scores differ per model:
     *                        calibrate with the evaluation command)
     * @param timeout         one request's limit, enforced around the call
     * @param batchSize       texts per request when many entries are embedded (DashScope takes at most 10)
     */
    public record OpenAi(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
                         @DefaultValue("0") @Min(0) @Max(16_000) int dimensions,
                         @DefaultValue("false") boolean sendDimensions,
                         @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double answerThreshold,
                         @DefaultValue("10s") Duration timeout,
                         @DefaultValue("10") @Min(1) @Max(2048) int batchSize) {

        /** What is missing for the provider to work, or null when nothing is. */
        @Nullable String missing() {
            if (baseUrl == null || baseUrl.isBlank()) {
                return "base-url";
            }
            if (model == null || model.isBlank()) {
                return "model";
            }
            return dimensions < 1 ? "dimensions" : null;
        }

        @Override
        public String toString() {
            return "OpenAi[" + baseUrl + ", " + model + ", " + dimensions + "]";
        }
    }
}
