/**
 * Outbound HTTP calls to URLs that users gave (webhook endpoints, channel callbacks): one client that follows no
 * redirect and checks every address a host resolves to against the {@link io.parley.shared.OutboundPolicy} right
 * before it connects.
 */
@NullMarked
package io.parley.shared.adapter.http;

import org.jspecify.annotations.NullMarked;
