/**
 * Where Parley's PostgreSQL comes from: an external server named by {@code parley.database.url}, or else an embedded
 * one whose data lives under {@code parley.database.data-dir}. Also the translation of unique-key violations into
 * domain refusals that every JDBC adapter shares.
 */
@NullMarked
package io.parley.shared.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
