/**
 * The shared kernel: typed identifiers every context refers to, and the domain exception that carries a stable error
 * code to the edges.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.parley.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
