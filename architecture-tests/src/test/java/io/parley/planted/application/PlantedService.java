package io.parley.planted.application;

import io.parley.planted.adapter.jdbc.JdbcStore;

/** A use case that names an adapter instead of a port. */
public class PlantedService {

    private final JdbcStore store = new JdbcStore();

    public void run() {
        store.save();
    }
}
