@NullMarked
package io.parley.conversation.adapter.rest;

import org.jspecify.annotations.NullMarked;
