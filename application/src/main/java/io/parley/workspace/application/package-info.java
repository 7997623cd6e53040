@NullMarked
package io.parley.workspace.application;

import org.jspecify.annotations.NullMarked;
