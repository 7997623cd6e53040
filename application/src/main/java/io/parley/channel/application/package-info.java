@NullMarked
package io.parley.channel.application;

import org.jspecify.annotations.NullMarked;
