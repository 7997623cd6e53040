package io.parley.plantedmodules.alpha;

import io.parley.plantedmodules.beta.internal.BetaInternal;

/** Reaches into another module's internal package. */
public class Alpha {

    public String peek() {
        return new BetaInternal().secret();
    }
}
