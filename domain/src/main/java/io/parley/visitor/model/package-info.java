@NullMarked
package io.parley.visitor.model;

import org.jspecify.annotations.NullMarked;
