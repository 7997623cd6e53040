@NullMarked
package io.parley.planted.model;

import org.jspecify.annotations.NullMarked;
