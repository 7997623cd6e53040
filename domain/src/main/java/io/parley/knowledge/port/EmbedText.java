package io.parley.knowledge.port;

import io.parley.knowledge.model.Script;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Turns text into unit-length vectors whose dot product measures closeness in meaning. An adapter may use one model
 * per script (each model is weak in the other's language); every entry is embedded with every model, and a query
 * with the model for its script.
 */
@SecondaryPort
public interface EmbedText {

    /**
     * A model as recorded with the vectors it made: vectors of another name or size are never compared. Scores are
     * on a different scale per model, so each carries the score from which its best match is trusted as an answer,
     * calibrated with the evaluation command (docs/knowledge.md).
     */
    record Model(String name, int dimensions, double answerThreshold) {

        @Override
        public String toString() {
            return name + " (" + dimensions + ")";
        }
    }

    /** The embedding service could not be reached, failed or answered nonsense; the same call may work later. */
    class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }

        public Unavailable(String message) {
            super(message);
        }
    }

    /** The configured models: every entry is indexed with each of them. */
    List<Model> models();

    Model modelFor(Script script);

    /**
     * A model this adapter can still embed queries with although it is no longer configured (the offline models
     * shipped in the jar): a workspace keeps being searched by its vectors until its entries have current ones.
     */
    default Optional<Model> previousFor(Script script) {
        return Optional.empty();
    }

    /**
     * A unit-length vector of {@code model.dimensions()} numbers.
     *
     * @throws Unavailable when the model's service fails or exceeds its time limit
     */
    float[] embed(Model model, String text);

    /** Several texts at once, in order (an adapter may send them in batches). */
    default List<float[]> embed(Model model, List<String> texts) {
        return texts.stream().map(text -> embed(model, text)).toList();
    }
}
