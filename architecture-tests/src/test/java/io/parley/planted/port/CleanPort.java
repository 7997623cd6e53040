package io.parley.planted.port;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

@SecondaryPort
public interface CleanPort {

    void store(String text);
}
