/**
 * What every context shares at run time: who counts as a trusted proxy, and how a database that does not answer in
 * time reaches the client.
 */
@NullMarked
package io.parley.shared.application;

import org.jspecify.annotations.NullMarked;
