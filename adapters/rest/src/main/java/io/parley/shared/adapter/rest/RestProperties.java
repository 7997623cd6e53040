package io.parley.shared.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The REST API's limits.
 *
 * @param maxRequestSize the largest request body accepted under {@code /api/}; larger ones get 413
 *        {@code request.too-large}. Messages are at most 4,000 characters, so the default leaves ample room.
 * @param maxUploadSize  the largest file body accepted under {@code /api/}: a file sent as {@code image/*} or
 *        {@code application/octet-stream} (an avatar, which its endpoint limits to 256 KB) or a
 *        {@code multipart/form-data} upload (documents and CSV imports). Keep it a little above
 *        {@code parley.knowledge.documents.max-size}, so that a document over that limit gets the knowledge
 *        base's own, clearer refusal.
 */
@ConfigurationProperties("parley.rest")
public record RestProperties(@DefaultValue("64KB") DataSize maxRequestSize,
                             @DefaultValue("12MB") DataSize maxUploadSize) {

    public RestProperties {
        if (maxRequestSize.toBytes() < 1024) {
            throw new IllegalArgumentException(
                    "parley.rest.max-request-size must be at least 1KB, was " + maxRequestSize);
        }
        if (maxUploadSize.toBytes() < maxRequestSize.toBytes()) {
            throw new IllegalArgumentException("parley.rest.max-upload-size (" + maxUploadSize
                    + ") must be at least parley.rest.max-request-size (" + maxRequestSize + ")");
        }
    }
}
