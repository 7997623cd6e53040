/** Results as JSON, HdrHistogram percentile files, a PNG chart and a readable summary. */
@NullMarked
package io.parley.benchmarks.report;

import org.jspecify.annotations.NullMarked;
