/** The application's entry point and the wiring that spans contexts (first start, token lifetimes). */
@NullMarked
package io.parley;

import org.jspecify.annotations.NullMarked;
