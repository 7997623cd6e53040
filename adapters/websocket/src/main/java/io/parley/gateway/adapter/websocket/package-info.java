/**
 * The real-time gateway over WebSocket (Servlet stack, Spring's WebSocket API): one endpoint for visitors and agents,
 * binary protobuf or JSON frames by subprotocol, authentication by the first frame, limits per connection, and live
 * delivery of committed messages in sequence order.
 */
@NullMarked
package io.parley.gateway.adapter.websocket;

import org.jspecify.annotations.NullMarked;
