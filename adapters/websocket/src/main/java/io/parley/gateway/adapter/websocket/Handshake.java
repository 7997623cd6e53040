package io.parley.gateway.adapter.websocket;

import org.jspecify.annotations.Nullable;

/**
 * What the upgrade request said about where the client runs.
 *
 * @param origin       the browser page's origin; null for clients that are not browsers
 * @param serverOrigin scheme and host the client used to reach this server, such as {@code https://chat.example.com}
 */
record Handshake(@Nullable String origin, String serverOrigin) {}
