@NullMarked
package io.parley.visitor.port;

import org.jspecify.annotations.NullMarked;
