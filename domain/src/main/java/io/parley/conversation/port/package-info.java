@NullMarked
package io.parley.conversation.port;

import org.jspecify.annotations.NullMarked;
