/** The benchmark scenarios: idle connections, chat latency and saturation, codec cost, the relay ceiling. */
@NullMarked
package io.parley.benchmarks.scenario;

import org.jspecify.annotations.NullMarked;
