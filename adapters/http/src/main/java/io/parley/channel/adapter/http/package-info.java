/** The outbound guard's check of the callback URLs of API inboxes. */
@NullMarked
package io.parley.channel.adapter.http;

import org.jspecify.annotations.NullMarked;
