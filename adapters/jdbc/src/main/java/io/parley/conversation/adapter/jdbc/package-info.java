/** PostgreSQL storage for the conversation module. */
@NullMarked
package io.parley.conversation.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
