package io.parley.channel;

import io.parley.shared.InboxId;
import java.time.Instant;

/** An API inbox's callback URL as admins see it: never its secret, which is shown once when it is made. */
public record ApiCallbackView(InboxId inboxId, String url, Instant createdAt, Instant updatedAt) {}
