/** What every context may need from outside beside its own ports: rate limits. */
@NullMarked
package io.parley.shared.port;

import org.jspecify.annotations.NullMarked;
