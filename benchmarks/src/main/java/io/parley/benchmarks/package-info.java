/** Parley's benchmark harness: an open-loop load generator speaking the parley.v1 protocol, run as CLI scenarios. */
@NullMarked
package io.parley.benchmarks;

import org.jspecify.annotations.NullMarked;
