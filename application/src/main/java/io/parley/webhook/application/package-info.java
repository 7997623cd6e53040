@NullMarked
package io.parley.webhook.application;

import org.jspecify.annotations.NullMarked;
