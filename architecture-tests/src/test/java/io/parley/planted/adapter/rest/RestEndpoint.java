package io.parley.planted.adapter.rest;

import io.parley.planted.application.PlantedService;

/** An adapter that calls a use-case implementation instead of its primary port. */
public class RestEndpoint {

    public void handle(PlantedService service) {
        service.run();
    }

    public String ping() {
        return "pong";
    }
}
