@NullMarked
package io.parley.agent.port;

import org.jspecify.annotations.NullMarked;
