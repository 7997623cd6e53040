package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.LanguageModels;
import org.springframework.stereotype.Component;

@Component
class FakeLanguageModels implements LanguageModels {

    @Override
    public boolean configured() {
        return false;
    }
}
