@NullMarked
package io.parley.visitor.adapter.rest;

import org.jspecify.annotations.NullMarked;
