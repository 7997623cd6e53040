package io.parley.planted.model;

import io.parley.planted.application.PlantedService;

public class ApplicationInDomain {

    public void call(PlantedService service) {
        service.run();
    }
}
