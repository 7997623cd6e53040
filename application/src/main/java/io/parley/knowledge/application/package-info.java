/** The knowledge base's use cases, its background indexing, and the bot that answers visitors from it. */
@NullMarked
package io.parley.knowledge.application;

import org.jspecify.annotations.NullMarked;
