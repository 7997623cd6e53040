package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ManagementPortDefaultUnitTests {

    private final ManagementPortDefault defaults = new ManagementPortDefault();

    @Test
    void sitsAThousandAboveTheHttpPortSoThatNodesOnOneMachineDoNotCollide() {
        assertThat(port(new MockEnvironment().withProperty("server.port", "8080"))).isEqualTo("9080");
        assertThat(port(new MockEnvironment().withProperty("server.port", "8081"))).isEqualTo("9081");
    }

    @Test
    void isAFreePortWhenTheHttpPortIs() {
        assertThat(port(new MockEnvironment().withProperty("server.port", "0"))).isEqualTo("0");
        assertThat(port(new MockEnvironment().withProperty("server.port", "65000"))).isEqualTo("0");
    }

    @Test
    void givesWayToAConfiguredPort() {
        assertThat(port(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("PARLEY_MANAGEMENT_PORT", "7000"))).isEqualTo("7000");
        assertThat(port(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8080"))).isEqualTo("8080");
    }

    private String port(MockEnvironment environment) {
        defaults.postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("management.server.port");
    }
}
