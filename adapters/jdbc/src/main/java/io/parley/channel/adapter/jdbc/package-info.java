/** PostgreSQL storage for the channel module. */
@NullMarked
package io.parley.channel.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
