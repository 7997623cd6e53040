@NullMarked
package io.parley.planted.application;

import org.jspecify.annotations.NullMarked;
