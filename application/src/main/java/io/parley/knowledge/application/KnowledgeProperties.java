package io.parley.knowledge.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.knowledge}: retrieval and the bot. Answer thresholds belong to the embedding models (their scores are
 * on different scales) and are calibrated with the evaluation command, see docs/knowledge.md.
 *
 * @param candidates entries weighed per message (and shown by "try it")
 * @param bot whether the bot answers visitors in conversations it has; off, bot conversations wait for a human
 * @param reindexBatch entries embedded per round when catching up at start (new model, missed changes)
 * @param llmAnswers with language model providers configured ({@code parley.knowledge.llm.providers}), whether the
 *                   bot's answers are written by a model from the matching entries instead of quoting the best one
 * @param handOverKeywords words or phrases that send a conversation to a person whatever the knowledge base holds
 *                         (matched case-insensitively anywhere in the visitor's message), e.g. a product recall
 * @param reindexRetry how long after an embedding failure the entries left pending are tried again
 * @param documents limits of uploaded documents
 */
@Validated
@ConfigurationProperties("parley.knowledge")
public record KnowledgeProperties(@DefaultValue("5") @Min(1) @Max(50) int candidates,
                                  @DefaultValue("true") boolean bot,
                                  @DefaultValue("200") @Min(1) int reindexBatch,
                                  @DefaultValue("true") boolean llmAnswers,
                                  @DefaultValue List<@NotBlank @Size(max = 100) String> handOverKeywords,
                                  @DefaultValue("30s") Duration reindexRetry,
                                  @DefaultValue Documents documents) {

    /**
     * {@code parley.knowledge.documents}.
     *
     * @param maxSize the largest file accepted as a document; larger ones are refused with
     *                {@code knowledge.document-too-large}. Uploads also pass {@code parley.rest.max-upload-size}.
     */
    public record Documents(@DefaultValue("10MB") DataSize maxSize) {}
}
