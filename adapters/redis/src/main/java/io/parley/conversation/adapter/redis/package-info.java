/**
 * The cluster bus over Redis: committed changes of this node, and the typing and read-up-to signals it relays, go to
 * a Redis Stream that every node reads, and what the other nodes committed or relayed reaches this node's
 * connections. Active only with {@code parley.cluster.redis-url} set. Redis carries notifications only; PostgreSQL
 * keeps every message, and clients catch up from it by sequence.
 */
@NullMarked
package io.parley.conversation.adapter.redis;

import org.jspecify.annotations.NullMarked;
