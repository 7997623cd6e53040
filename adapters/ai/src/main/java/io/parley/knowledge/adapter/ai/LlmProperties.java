package io.parley.knowledge.adapter.ai;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.knowledge.llm}: OpenAI-compatible chat providers (OpenAI, DeepSeek, Qwen compatible mode, Moonshot,
 * Zhipu, Ollama, vLLM), tried in this order; none configured means the bot answers from stored entries only.
 */
@Validated
@ConfigurationProperties("parley.knowledge.llm")
public record LlmProperties(@DefaultValue List<@Valid Provider> providers) {

    /**
     * @param baseUrl the API root that {@code /chat/completions} hangs off, e.g. {@code https://api.deepseek.com/v1}
     * @param apiKey  sent as a bearer token; never logged
     * @param timeout one attempt's limit; then the next provider is tried
     */
    public record Provider(@NotBlank String name, @NotBlank String baseUrl, @Nullable String apiKey,
                           @NotBlank String model, @DefaultValue("10s") Duration timeout) {

        @Override
        public String toString() {
            return "Provider[" + name + ", " + baseUrl + ", " + model + "]";
        }
    }
}
