package io.parley.shared.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The REST API's limits.
 *
 * @param maxRequestSize the largest request body accepted under {@code /api/}; larger ones get 413
 *        {@code request.too-large}. Messages are at most 4,000 characters, so the default leaves ample room.
 * @param maxUploadSize  the largest file body (sent as {@code image/*} or {@code application/octet-stream}) accepted
 *        under {@code /api/}; the endpoint that takes the file applies its own, smaller limit (an avatar: 256 KB)
 */
@ConfigurationProperties("parley.rest")
public record RestProperties(@DefaultValue("64KB") DataSize maxRequestSize,
                             @DefaultValue("1MB") DataSize maxUploadSize) {

    public RestProperties {
        if (maxRequestSize.toBytes() < 1024) {
            throw new IllegalArgumentException(
                    "parley.rest.max-request-size must be at least 1KB, was " + maxRequestSize);
        }
        if (maxUploadSize.toBytes() < maxRequestSize.toBytes()) {
            throw new IllegalArgumentException("parley.rest.max-upload-size must be at least max-request-size, was "
                    + maxUploadSize);
        }
    }
}
