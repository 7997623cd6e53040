/**
 * Rate limits with Bucket4j: buckets in this process, or, when the cluster bus is on, in Redis, shared by every node.
 */
@NullMarked
package io.parley.shared.adapter.redis;

import org.jspecify.annotations.NullMarked;
