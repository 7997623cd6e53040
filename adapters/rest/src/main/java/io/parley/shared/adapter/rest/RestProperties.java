package io.parley.shared.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The REST API's limits.
 *
 * @param maxRequestSize the largest request body accepted under {@code /api/}; larger ones get 413
 *        {@code request.too-large}. Messages are at most 4,000 characters, so the default leaves ample room.
 */
@ConfigurationProperties("parley.rest")
public record RestProperties(@DefaultValue("64KB") DataSize maxRequestSize) {

    public RestProperties {
        if (maxRequestSize.toBytes() < 1024) {
            throw new IllegalArgumentException(
                    "parley.rest.max-request-size must be at least 1KB, was " + maxRequestSize);
        }
    }
}
