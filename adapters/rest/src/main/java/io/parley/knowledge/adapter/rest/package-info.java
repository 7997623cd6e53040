/** REST endpoints of the knowledge base: entries, import and export, and the "try it" box. */
@NullMarked
package io.parley.knowledge.adapter.rest;

import org.jspecify.annotations.NullMarked;
