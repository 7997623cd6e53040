@NullMarked
package io.parley.plantedmodules.alpha;

import org.jspecify.annotations.NullMarked;
