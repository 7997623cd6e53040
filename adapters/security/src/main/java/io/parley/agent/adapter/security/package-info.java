@NullMarked
package io.parley.agent.adapter.security;

import org.jspecify.annotations.NullMarked;
