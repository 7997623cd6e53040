package io.parley.channel;

import org.jspecify.annotations.Nullable;

/** A callback as saved; {@code secret} ({@code whsec_…}) only when a new one was made, the one time it is shown. */
public record IssuedApiCallback(ApiCallbackView callback, @Nullable String secret) {}
