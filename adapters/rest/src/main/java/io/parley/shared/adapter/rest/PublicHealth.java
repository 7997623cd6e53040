package io.parley.shared.adapter.rest;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health on the public port, for load balancers and probes: the status alone ({@code {"status":"UP"}}, 503 when it is
 * not up), never which components there are or what they report. Everything else of the actuator (details, metrics)
 * is on the management port, which listens on the loopback interface unless configured otherwise.
 */
@Hidden
@RestController
class PublicHealth {

    private final ObjectProvider<HealthEndpoint> health;
    private final ObjectProvider<HttpCodeStatusMapper> statuses;

    PublicHealth(ObjectProvider<HealthEndpoint> health, ObjectProvider<HttpCodeStatusMapper> statuses) {
        this.health = health;
        this.statuses = statuses;
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> overall() {
        var endpoint = health.getIfAvailable();
        return status(endpoint == null ? null : endpoint.health());
    }

    /** A group ({@code liveness}, {@code readiness}) or a single component, by status only. */
    @GetMapping(path = "/actuator/health/{group}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> group(@PathVariable String group) {
        var endpoint = health.getIfAvailable();
        return status(endpoint == null ? null : endpoint.healthForPath(group));
    }

    private ResponseEntity<Map<String, String>> status(@Nullable HealthDescriptor descriptor) {
        if (descriptor == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        var mapper = statuses.getIfAvailable();
        int code = mapper == null ? HttpStatus.OK.value() : mapper.getStatusCode(descriptor.getStatus());
        return ResponseEntity.status(code).body(Map.of("status", descriptor.getStatus().getCode()));
    }
}
