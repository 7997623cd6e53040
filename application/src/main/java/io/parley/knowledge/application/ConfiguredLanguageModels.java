package io.parley.knowledge.application;

import io.parley.knowledge.LanguageModels;
import io.parley.knowledge.port.ComposeAnswer;
import org.springframework.stereotype.Service;

@Service
class ConfiguredLanguageModels implements LanguageModels {

    private final ComposeAnswer composer;

    ConfiguredLanguageModels(ComposeAnswer composer) {
        this.composer = composer;
    }

    @Override
    public boolean configured() {
        return composer.available();
    }
}
