/**
 * Open-loop message load: a schedule fixed by the start time, and the ledger of what was sent, acknowledged and
 * delivered.
 */
@NullMarked
package io.parley.benchmarks.load;

import org.jspecify.annotations.NullMarked;
