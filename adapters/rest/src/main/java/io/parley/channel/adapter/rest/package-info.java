@NullMarked
package io.parley.channel.adapter.rest;

import org.jspecify.annotations.NullMarked;
