@NullMarked
package io.parley.plantedmodules.beta;

import org.jspecify.annotations.NullMarked;
