/**
 * Outbound webhooks: a workspace's endpoints, the conversation events each subscribes to, and their delivery,
 * signed as Standard Webhooks 1.0 asks, from a transactional outbox with retries and a delivery log.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace", "conversation", "channel"})
@NullMarked
package io.parley.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
