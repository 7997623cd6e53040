/** The API channel's way out: replies POSTed to an API inbox's callback URL, through the guarded outbound client. */
@NullMarked
package io.parley.conversation.adapter.http;

import org.jspecify.annotations.NullMarked;
