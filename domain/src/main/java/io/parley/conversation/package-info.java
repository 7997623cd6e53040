/**
 * Conversations: their lifecycle (bot or waiting, assigned, resolved, reopened) and their messages, each with a
 * per-conversation sequence number that clients resume from.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace", "channel", "visitor", "agent"})
@NullMarked
package io.parley.conversation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
