/** Webhook deliveries over HTTP, through the guarded outbound client. */
@NullMarked
package io.parley.webhook.adapter.http;

import org.jspecify.annotations.NullMarked;
