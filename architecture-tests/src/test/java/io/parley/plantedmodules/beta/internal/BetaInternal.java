package io.parley.plantedmodules.beta.internal;

public class BetaInternal {

    public String secret() {
        return "internal";
    }
}
