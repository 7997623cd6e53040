/**
 * Tenants: a workspace is one company using Parley, with its name and the web origins allowed to embed its widget.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.parley.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
