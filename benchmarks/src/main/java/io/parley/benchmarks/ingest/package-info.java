/**
 * REST load on the API channel and webhook receipt: the ledger of what each request was answered, the check that
 * every acknowledged message is stored exactly once, and a local webhook receiver that counts what arrives.
 */
@NullMarked
package io.parley.benchmarks.ingest;

import org.jspecify.annotations.NullMarked;
