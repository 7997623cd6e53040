/** A bare WebSocket relay without persistence: the ceiling this machine sets for any server of the same protocol. */
@NullMarked
package io.parley.benchmarks.relay;

import org.jspecify.annotations.NullMarked;
