/**
 * What a load runs against: a Parley server set up over its REST API, or the bare relay; and the probes of its
 * process.
 */
@NullMarked
package io.parley.benchmarks.target;

import org.jspecify.annotations.NullMarked;
