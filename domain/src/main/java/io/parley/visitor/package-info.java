/**
 * Visitors: the people who write in through a channel, anonymous or identified, and the signed tokens that let a
 * browser act as one visitor and no other.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace", "channel"})
@NullMarked
package io.parley.visitor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
