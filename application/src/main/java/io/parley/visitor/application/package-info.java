@NullMarked
package io.parley.visitor.application;

import org.jspecify.annotations.NullMarked;
