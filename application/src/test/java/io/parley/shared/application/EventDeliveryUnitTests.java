package io.parley.shared.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.shared.port.EventPublicationClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;

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

    @Test
    void atShutdownTheRunningListenerFinishesAndTheWaitingOnesAreLeftForLater() throws Exception {
        var beans = new DefaultListableBeanFactory();
        var delivery = new EventDelivery(properties(1, "30s", "5m"), new MockEnvironment(),
                beans.getBeanProvider(IncompleteEventPublications.class),
                beans.getBeanProvider(EventPublicationRepository.class),
                beans.getBeanProvider(EventPublicationClaims.class), beans.getBeanProvider(Clock.class),
                beans.getBeanProvider(MeterRegistry.class));
        delivery.start();
        var listeners = delivery.eventListenerExecution().getAsyncExecutor();
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var waitingRan = new AtomicBoolean();
        listeners.execute(() -> {
            running.countDown();
            try {
                finished.set(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        listeners.execute(() -> waitingRan.set(true));

        var stopping = Thread.ofVirtual().start(delivery::stop);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !delivery.isRunning());
        release.countDown();
        stopping.join(Duration.ofSeconds(10));

        assertThat(stopping.isAlive()).isFalse();
        assertThat(finished).isTrue();
        assertThat(waitingRan).as("a listener that had not begun").isFalse();
    }

    @Test
    void aContextStoppedAndStartedAgainRunsItsListenersAgain() throws Exception {
        var beans = new DefaultListableBeanFactory();
        var delivery = new EventDelivery(properties(1, "30s", "5m"), new MockEnvironment(),
                beans.getBeanProvider(IncompleteEventPublications.class),
                beans.getBeanProvider(EventPublicationRepository.class),
                beans.getBeanProvider(EventPublicationClaims.class), beans.getBeanProvider(Clock.class),
                beans.getBeanProvider(MeterRegistry.class));
        var listeners = delivery.eventListenerExecution().getAsyncExecutor();
        delivery.start();
        delivery.stop();
        assertThat(delivery.isRunning()).isFalse();

        delivery.start();
        var ran = new CountDownLatch(1);
        listeners.execute(ran::countDown);

        assertThat(delivery.isRunning()).isTrue();
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("a listener after the restart").isTrue();
        delivery.stop();
    }

    private static EventDeliveryProperties properties(Integer concurrency, String retryAfter, String staleAfter) {
        return new EventDeliveryProperties(concurrency, Duration.ofSeconds(30), parse(retryAfter), parse(staleAfter));
    }

    private static Duration parse(String value) {
        return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
    }
}
