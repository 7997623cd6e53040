/** Webhook endpoints, the outbox of deliveries and their attempt log, in PostgreSQL. */
@NullMarked
package io.parley.webhook.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
