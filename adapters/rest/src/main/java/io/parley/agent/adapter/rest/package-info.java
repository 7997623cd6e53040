@NullMarked
package io.parley.agent.adapter.rest;

import org.jspecify.annotations.NullMarked;
