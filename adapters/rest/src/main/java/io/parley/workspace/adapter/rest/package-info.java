@NullMarked
package io.parley.workspace.adapter.rest;

import org.jspecify.annotations.NullMarked;
