@NullMarked
package io.parley.planted.adapter.rest;

import org.jspecify.annotations.NullMarked;
