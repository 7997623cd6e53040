package io.parley.planted.application;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A port declared outside the domain. */
@PrimaryPort
public interface PortInApplication {
}
