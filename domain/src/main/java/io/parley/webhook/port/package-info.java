/** What webhooks need from the outside: storage of endpoints and the outbox, and a guarded HTTP transport. */
@NullMarked
package io.parley.webhook.port;

import org.jspecify.annotations.NullMarked;
