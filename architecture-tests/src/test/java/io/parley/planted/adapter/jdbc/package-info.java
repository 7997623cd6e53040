@NullMarked
package io.parley.planted.adapter.jdbc;

import org.jspecify.annotations.NullMarked;
