@NullMarked
package io.parley.knowledge.port;

import org.jspecify.annotations.NullMarked;
