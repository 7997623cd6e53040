@NullMarked
package io.parley.channel.model;

import org.jspecify.annotations.NullMarked;
