/**
 * The real-time gateway: one WebSocket endpoint for visitors and agents, its frame codecs, connection sessions,
 * limits and delivery of committed messages to connected clients. Its code lives in the WebSocket adapter ring.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace", "channel", "visitor", "agent", "conversation"})
@NullMarked
package io.parley.gateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
