package io.parley.agent.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.port.PasswordHashing;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PasswordHashingWiringTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BCryptPasswordHashing.class);

    @Test
    void hashesWithStrength10UnlessConfiguredOtherwise() {
        context.run(started -> assertThat(started.getBean(PasswordHashing.class).hash("a long pass phrase").value())
                .startsWith("$2a$10$"));
        context.withPropertyValues("parley.security.bcrypt-strength=4").run(started ->
                assertThat(started.getBean(PasswordHashing.class).hash("a long pass phrase").value())
                        .startsWith("$2a$04$"));
    }
}
