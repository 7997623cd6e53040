/** Many WebSocket connections on few threads: Netty event loops, both subprotocols, wire byte counts. */
@NullMarked
package io.parley.benchmarks.client;

import org.jspecify.annotations.NullMarked;
