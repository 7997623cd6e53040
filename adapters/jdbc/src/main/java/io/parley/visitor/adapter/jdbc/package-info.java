/** PostgreSQL storage for the visitor module. */
@NullMarked
package io.parley.visitor.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
