@NullMarked
package io.parley.planted.adapter.websocket;

import org.jspecify.annotations.NullMarked;
