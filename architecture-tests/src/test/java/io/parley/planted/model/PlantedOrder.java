package io.parley.planted.model;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/** Holds another aggregate itself instead of its id. */
public class PlantedOrder implements AggregateRoot<PlantedOrder, PlantedOrder.OrderId> {

    public record OrderId(String value) implements Identifier {}

    private final OrderId id = new OrderId("o-1");
    private final PlantedCustomer customer = new PlantedCustomer();

    @Override
    public OrderId getId() {
        return id;
    }

    public PlantedCustomer customer() {
        return customer;
    }
}
