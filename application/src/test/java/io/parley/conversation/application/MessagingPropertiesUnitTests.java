package io.parley.conversation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessagingPropertiesUnitTests {

    @Test
    void refusesSettingsThatCannotWorkNamingTheProperty() {
        assertThatThrownBy(() -> new MessagingProperties(0, 256, 10_000, Duration.ofSeconds(5)))
                .hasMessageContaining("parley.messaging.writers");
        assertThatThrownBy(() -> new MessagingProperties(65, 256, 10_000, Duration.ofSeconds(5)))
                .hasMessageContaining("parley.messaging.writers");
        assertThatThrownBy(() -> new MessagingProperties(2, 0, 10_000, Duration.ofSeconds(5)))
                .hasMessageContaining("parley.messaging.max-batch");
        assertThatThrownBy(() -> new MessagingProperties(2, 10_001, 10_000, Duration.ofSeconds(5)))
                .hasMessageContaining("parley.messaging.max-batch");
        assertThatThrownBy(() -> new MessagingProperties(2, 256, 0, Duration.ofSeconds(5)))
                .hasMessageContaining("parley.messaging.queue-capacity");
        assertThat(new MessagingProperties(1, 1, 1, Duration.ofSeconds(5)).writers()).isEqualTo(1);
    }
}
