package io.parley.knowledge.port;

import io.parley.knowledge.model.Script;
import java.util.List;
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
    record Model(String name, int dimensions, double answerThreshold) {}

    List<Model> models();

    Model modelFor(Script script);

    /** A unit-length vector of {@code model.dimensions()} numbers. */
    float[] embed(Model model, String text);
}
