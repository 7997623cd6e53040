@NullMarked
package io.parley.agent.application;

import org.jspecify.annotations.NullMarked;
