package io.parley.planted.port;

import io.parley.planted.adapter.jdbc.JdbcStore;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** A port that names an adapter. */
@SecondaryPort
public interface LeakyPort {

    JdbcStore store();
}
