@NullMarked
package io.parley.channel.port;

import org.jspecify.annotations.NullMarked;
