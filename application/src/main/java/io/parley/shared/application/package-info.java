/** What the shared kernel needs configured: who counts as a trusted proxy. */
@NullMarked
package io.parley.shared.application;

import org.jspecify.annotations.NullMarked;
