package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.EmbedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;

/**
 * One model behind an OpenAI-compatible {@code /embeddings} API, through Spring AI's {@link OpenAiEmbeddingModel}, for
 * every script. Texts go in batches of the configured size; each request has a time limit enforced around the call,
 * and any failure, a wrong count or a vector of the wrong size is {@link EmbedText.Unavailable}: the caller keeps the
 * entry pending and tries again later. The offline models remain available to embed queries for workspaces whose
 * vectors they made, until those are replaced.
 */
@SecondaryAdapter
class OpenAiEmbeddings implements EmbedText {

    private final EmbeddingsProperties.OpenAi properties;
    private final Model model;
    private final EmbeddingModel client;
    private final OnnxEmbeddings offline;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();

    OpenAiEmbeddings(EmbeddingsProperties.OpenAi properties, OnnxEmbeddings offline) {
        this.properties = properties;
        this.model = new Model(properties.model(), properties.dimensions(), properties.answerThreshold());
        this.offline = offline;
        var options = OpenAiEmbeddingOptions.builder().baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey())
                .model(properties.model()).timeout(properties.timeout()).maxRetries(0)
                .encodingFormat(OpenAiEmbeddingOptions.EncodingFormat.FLOAT)
                .dimensions(properties.sendDimensions() ? properties.dimensions() : null).build();
        this.client = OpenAiEmbeddingModel.builder().options(options).build();
    }

    @Override
    public List<Model> models() {
        return List.of(model);
    }

    @Override
    public Model modelFor(Script script) {
        return model;
    }

    @Override
    public Optional<Model> previousFor(Script script) {
        return Optional.of(offline.modelFor(script));
    }

    @Override
    public float[] embed(Model model, String text) {
        return embed(model, List.of(text)).getFirst();
    }

    @Override
    public List<float[]> embed(Model wanted, List<String> texts) {
        if (offline.models().contains(wanted)) {
            return offline.embed(wanted, texts);
        }
        if (!wanted.equals(model)) {
            throw new IllegalArgumentException("no embedding model " + wanted + " here; configured: " + model);
        }
        var vectors = new ArrayList<float[]>(texts.size());
        for (int from = 0; from < texts.size(); from += properties.batchSize()) {
            vectors.addAll(call(texts.subList(from, Math.min(texts.size(), from + properties.batchSize()))));
        }
        return vectors;
    }

    private List<float[]> call(List<String> batch) {
        var attempt = CompletableFuture.supplyAsync(() -> client.embed(batch), attempts);
        List<float[]> answered;
        try {
            answered = attempt.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            throw new Unavailable("the embeddings API at " + properties.baseUrl() + " did not answer within "
                    + properties.timeout());
        } catch (ExecutionException e) {
            throw new Unavailable("the embeddings API at " + properties.baseUrl() + " failed: "
                    + describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while embedding", e);
        }
        if (answered == null || answered.size() != batch.size()) {
            throw new Unavailable("the embeddings API returned " + (answered == null ? 0 : answered.size())
                    + " vectors for " + batch.size() + " texts");
        }
        var unit = new ArrayList<float[]>(answered.size());
        for (float[] vector : answered) {
            if (vector.length != model.dimensions()) {
                throw new Unavailable("model " + model.name() + " returned vectors of " + vector.length
                        + " numbers, but parley.knowledge.embeddings.openai.dimensions is " + model.dimensions());
            }
            unit.add(Vectors.unit(vector));
        }
        return unit;
    }

    /** The failure's class and first line: enough to act on, and free of the request's text. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + (message.isBlank() ? "" : " (" + message.strip() + ")");
    }
}
