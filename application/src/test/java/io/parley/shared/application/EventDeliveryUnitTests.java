package io.parley.shared.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDeliveryUnitTests {

    record Wrote(UUID conversationId, long sequence, String body) {}

    @Test
    void anEventIsLoggedWithItsTypeAndIdsButWithoutItsText() {
        var conversation = UUID.randomUUID();

        String described = EventDelivery.describe(new Wrote(conversation, 7, "my card number is 4111 1111"));

        assertThat(described).isEqualTo("Wrote[conversationId=" + conversation + ", sequence=7]");
        assertThat(EventDelivery.describe(42)).isEqualTo("42");
    }

    @Test
    void listenersGetHalfThePoolUnlessToldOtherwise() {
        assertThat(properties(null, "30s", "5m").listenerConcurrency(10)).isEqualTo(5);
        assertThat(properties(null, "30s", "5m").listenerConcurrency(1)).isEqualTo(1);
        assertThat(properties(25, "30s", "5m").listenerConcurrency(10)).isEqualTo(25);
    }

    @Test
    void aDeliveryTakenForLostBeforeItsRetryIsDueIsRefusedNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties(null, "1m", "30s"))
                .withMessageContaining("parley.events.stale-after");
        assertThatIllegalArgumentException().isThrownBy(() -> properties(null, "10ms", "5m"))
                .withMessageContaining("parley.events.retry-after");
    }

    private static EventDeliveryProperties properties(Integer concurrency, String retryAfter, String staleAfter) {
        return new EventDeliveryProperties(concurrency, Duration.ofSeconds(30), parse(retryAfter), parse(staleAfter));
    }

    private static Duration parse(String value) {
        return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
    }
}
