package io.parley.plantedmodules.beta;

import io.parley.plantedmodules.alpha.Alpha;

/** Depends back on alpha: a cycle between the two modules. */
public class Beta {

    public String ask(Alpha alpha) {
        return alpha.peek();
    }
}
