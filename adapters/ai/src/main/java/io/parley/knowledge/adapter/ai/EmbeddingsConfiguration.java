package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.EmbedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the embedding adapter that {@code parley.knowledge.embeddings.provider} names. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingsProperties.class)
class EmbeddingsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingsConfiguration.class);

    @Bean
    EmbedText embedText(EmbeddingsProperties properties) {
        if (properties.provider() == EmbeddingsProperties.Provider.ONNX) {
            var onnx = new OnnxEmbeddings(true);
            log.info("Knowledge embeddings: offline ONNX models {}", onnx.models());
            return onnx;
        }
        var openai = properties.openai();
        String missing = openai.missing();
        if (missing != null) {
            throw new IllegalStateException("parley.knowledge.embeddings.provider=openai needs"
                    + " parley.knowledge.embeddings.openai." + missing + " (see docs/configuration.md)");
        }
        log.info("Knowledge embeddings: OpenAI-compatible API {} model {} ({} dimensions)", openai.baseUrl(),
                openai.model(), openai.dimensions());
        return new OpenAiEmbeddings(openai, new OnnxEmbeddings(false));
    }
}
