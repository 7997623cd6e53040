package io.parley.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file: its name as the browser sent it, an optional title (else one is found in the file or its name),
 * and its bytes. The content decides the format; the name only has to agree with it.
 */
public record NewDocument(String fileName, @Nullable String title, byte[] content) {}
