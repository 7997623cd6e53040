@NullMarked
package io.parley.workspace.model;

import org.jspecify.annotations.NullMarked;
