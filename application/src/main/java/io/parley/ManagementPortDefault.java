package io.parley;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The actuator's management port, unless configured: the HTTP port + 1000 (9080 beside the default 8080), so that
 * several nodes on one machine (8080, 8081, ...) never take each other's; a free port when the HTTP port is one
 * ({@code server.port=0}). {@code PARLEY_MANAGEMENT_PORT} or {@code management.server.port} set it outright.
 */
class ManagementPortDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "management.server.port";
    static final String VARIABLE = "PARLEY_MANAGEMENT_PORT";
    static final int OFFSET = 1000;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(PROPERTY))) {
            return;
        }
        String port = environment.getProperty(VARIABLE);
        if (!StringUtils.hasText(port)) {
            port = String.valueOf(derived(environment.getProperty("server.port", Integer.class, 8080)));
        }
        environment.getPropertySources().addLast(new MapPropertySource("parleyManagementPort", Map.of(PROPERTY, port)));
    }

    static int derived(int serverPort) {
        if (serverPort <= 0) {
            return serverPort;
        }
        return serverPort + OFFSET <= 65535 ? serverPort + OFFSET : 0; // no port up there: a free one
    }
}
