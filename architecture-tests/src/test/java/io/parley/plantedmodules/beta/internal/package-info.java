@NullMarked
package io.parley.plantedmodules.beta.internal;

import org.jspecify.annotations.NullMarked;
