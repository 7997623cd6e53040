package io.parley.knowledge.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.knowledge.LanguageModels;
import io.parley.shared.adapter.rest.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether answers can be written by a language model, so that the console says so beside the answer modes. */
@PrimaryAdapter
@RestController
@Tag(name = "Knowledge")
@SecurityRequirement(name = ApiSecurity.AGENT_TOKEN)
class LanguageModelController {

    private final LanguageModels models;

    LanguageModelController(LanguageModels models) {
        this.models = models;
    }

    record LanguageModelResponse(boolean configured) {}

    @GetMapping("/api/v1/knowledge/language-model")
    @Operation(summary = "Whether a language model is configured: without one, the LLM answer mode answers as KNOWLEDGE")
    LanguageModelResponse status(Actor.Agent agent) {
        return new LanguageModelResponse(models.configured());
    }
}
