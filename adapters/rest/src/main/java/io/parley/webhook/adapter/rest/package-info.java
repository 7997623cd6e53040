/** The REST API of webhook endpoints, their delivery log and replay, for workspace administrators. */
@NullMarked
package io.parley.webhook.adapter.rest;

import org.jspecify.annotations.NullMarked;
