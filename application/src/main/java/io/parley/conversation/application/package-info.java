@NullMarked
package io.parley.conversation.application;

import org.jspecify.annotations.NullMarked;
