/**
 * Agents: the people who answer, their roles, sign-in with lock-out after repeated failures, and the tokens the
 * console presents.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace"})
@NullMarked
package io.parley.agent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
