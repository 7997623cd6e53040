package io.parley.planted.model;

import jakarta.validation.constraints.NotBlank;

public record JakartaInDomain(@NotBlank String name) {}
