/**
 * The browser side of Parley served from the jar: the visitor widget ({@code /widget.js}), the agent console
 * ({@code /} and {@code /console}) and a demo host page ({@code /demo}), with the security headers every page gets.
 * Browsers authenticate with bearer tokens held in script memory, never with cookies, so there is no CSRF surface.
 */
@NullMarked
package io.parley.gateway.adapter.webui;

import org.jspecify.annotations.NullMarked;
