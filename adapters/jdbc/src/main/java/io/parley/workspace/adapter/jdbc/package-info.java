/** PostgreSQL storage for the workspace module. */
@NullMarked
package io.parley.workspace.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
