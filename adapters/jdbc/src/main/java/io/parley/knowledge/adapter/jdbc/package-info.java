/** PostgreSQL storage for the knowledge module. */
@NullMarked
package io.parley.knowledge.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
