@NullMarked
package io.parley.workspace.port;

import org.jspecify.annotations.NullMarked;
