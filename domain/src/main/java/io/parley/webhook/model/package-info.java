/** Webhook endpoints with their signing secrets, and the retry schedule of deliveries. */
@NullMarked
package io.parley.webhook.model;

import org.jspecify.annotations.NullMarked;
