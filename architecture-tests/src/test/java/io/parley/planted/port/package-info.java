@NullMarked
package io.parley.planted.port;

import org.jspecify.annotations.NullMarked;
