@NullMarked
package io.parley.visitor.adapter.security;

import org.jspecify.annotations.NullMarked;
