@NullMarked
package io.parley.agent.model;

import org.jspecify.annotations.NullMarked;
