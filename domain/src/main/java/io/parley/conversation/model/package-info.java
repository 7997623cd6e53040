@NullMarked
package io.parley.conversation.model;

import org.jspecify.annotations.NullMarked;
