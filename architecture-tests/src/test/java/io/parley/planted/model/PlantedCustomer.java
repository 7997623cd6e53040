package io.parley.planted.model;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

public class PlantedCustomer implements AggregateRoot<PlantedCustomer, PlantedCustomer.CustomerId> {

    public record CustomerId(String value) implements Identifier {}

    private final CustomerId id = new CustomerId("c-1");

    @Override
    public CustomerId getId() {
        return id;
    }
}
