/**
 * Classes that break the ring and jMolecules rules on purpose, laid out like a bounded context, so that a test can
 * show each rule fails when it should. They live in test sources only and never reach a real analysis.
 */
@NullMarked
package io.parley.planted;

import org.jspecify.annotations.NullMarked;
