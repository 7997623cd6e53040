package io.parley.planted.adapter.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

@SecondaryAdapter
public class JdbcStore {

    public void save() {
    }
}
