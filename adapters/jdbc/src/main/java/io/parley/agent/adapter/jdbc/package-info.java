/** PostgreSQL storage for the agent module. */
@NullMarked
package io.parley.agent.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
