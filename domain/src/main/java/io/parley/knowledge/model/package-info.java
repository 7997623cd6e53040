@NullMarked
package io.parley.knowledge.model;

import org.jspecify.annotations.NullMarked;
