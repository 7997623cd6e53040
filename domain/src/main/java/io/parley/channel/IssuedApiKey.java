package io.parley.channel;

/** An API key with its secret ({@code pk_...}), returned once: when the key is created or rotated. */
public record IssuedApiKey(ApiKeyView key, String secret) {}
