package io.parley.shared;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over many generated samples. Each run draws a fresh seed; a failure names the seed and the
 * sample, and {@code -Dparley.seed=<seed>} replays exactly that run.
 */
public final class Trials {

    public static final int DEFAULT_TRIES = 1000;

    private Trials() {}

    public static <T> void forAll(Function<SplittableRandom, T> generator, Consumer<T> property) {
        forAll(DEFAULT_TRIES, generator, property);
    }

    public static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        long seed = Long.getLong("parley.seed", new SplittableRandom().nextLong());
        var random = new SplittableRandom(seed);
        for (int trial = 1; trial <= tries; trial++) {
            T sample = generator.apply(random.split());
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("property failed on trial " + trial + " of " + tries + " (replay with -Dparley.seed="
                        + seed + ")\nsample: " + sample + "\n" + failure.getMessage(), failure);
            }
        }
    }

    /** One of the given values, uniformly. */
    @SafeVarargs
    public static <T> T oneOf(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
