package io.parley.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import io.parley.shared.RetrySchedule;
import io.parley.shared.WebhookSecret;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class WebhookModelUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theStandardScheduleHasTenAttemptsOverAboutThreeDays() {
        var schedule = RetrySchedule.STANDARD;
        assertThat(schedule.delays()).hasSize(10);
        assertThat(schedule.first()).isZero();
        assertThat(schedule.delays().get(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.delays().getLast()).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.after(8, Optional.empty(), RandomGenerator.getDefault())).isPresent();
        assertThat(schedule.after(9, Optional.empty(), RandomGenerator.getDefault())).as("after the last").isEmpty();
    }

    @RepeatedTest(20)
    void delaysAreJitteredByAtMostATenth() {
        Duration delay = RetrySchedule.STANDARD.after(2, Optional.empty(), RandomGenerator.getDefault()).orElseThrow();
        assertThat(delay).isBetween(Duration.ofMinutes(27), Duration.ofMinutes(33));
    }

    @Test
    void retryAfterLengthensAWaitButNeverBeyondADay() {
        var random = RandomGenerator.getDefault();
        assertThat(RetrySchedule.STANDARD.after(0, Optional.of(Duration.ofMinutes(1)), random))
                .contains(Duration.ofMinutes(1));
        assertThat(RetrySchedule.STANDARD.after(0, Optional.of(Duration.ofDays(9)), random))
                .contains(Duration.ofHours(24));
        assertThat(RetrySchedule.STANDARD.after(3, Optional.of(Duration.ofSeconds(1)), random).orElseThrow())
                .isGreaterThan(Duration.ofMinutes(100));
    }

    @Test
    void secretsAreStandardWebhooksSecretsOfThirtyTwoRandomBytes() {
        var secret = WebhookSecret.generate();
        assertThat(secret.value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.value().substring(6))).hasSize(32);
        assertThat(secret.key()).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThatThrownBy(() -> new WebhookSecret("whsec_c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRotatedSecretSignsAlongsideTheNewOneUntilItExpires() {
        var endpoint = WebhookEndpoint.create(WorkspaceId.random(), "https://example.com/hook", null,
                Set.of(WebhookEventType.MESSAGE_CREATED), NOW);
        var first = endpoint.secret();
        assertThat(endpoint.signingSecrets(NOW)).containsExactly(first);

        endpoint.rotateSecret(Duration.ofHours(24), NOW);
        assertThat(endpoint.signingSecrets(NOW.plusSeconds(60))).containsExactly(endpoint.secret(), first);
        assertThat(endpoint.signingSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly(endpoint.secret());
    }

    @Test
    void aDisabledEndpointSubscribesToNothingUntilEnabledAgain() {
        var endpoint = WebhookEndpoint.create(WorkspaceId.random(), "https://example.com/hook", "CRM",
                Set.of(WebhookEventType.MESSAGE_CREATED), NOW);
        assertThat(endpoint.subscribesTo(WebhookEventType.MESSAGE_CREATED)).isTrue();
        assertThat(endpoint.subscribesTo(WebhookEventType.CONVERSATION_RESOLVED)).isFalse();
        endpoint.disable("gone", NOW);
        assertThat(endpoint.subscribesTo(WebhookEventType.MESSAGE_CREATED)).isFalse();
        assertThat(endpoint.view().disabledReason()).isEqualTo("gone");
        endpoint.change(null, null, null, true, NOW);
        assertThat(endpoint.view().enabled()).isTrue();
        assertThat(endpoint.view().disabledReason()).isNull();
    }

    @Test
    void badDescriptionsAndNoEventsAreRefused() {
        var workspace = WorkspaceId.random();
        var events = Set.of(WebhookEventType.MESSAGE_CREATED);
        assertThatThrownBy(() -> WebhookEndpoint.create(workspace, "https://e.com", "x".repeat(201), events, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook.description-too-long"));
        assertThatThrownBy(() -> WebhookEndpoint.create(workspace, "https://e.com", "a\nb", events, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook.description-invalid"));
        assertThatThrownBy(() -> WebhookEndpoint.create(workspace, "https://e.com", null, Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook.events-required"));
        assertThatThrownBy(() -> WebhookEventType.parse("message.deleted"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook.event-unknown"));
        assertThat(WebhookEventType.parse(" Message.Created ")).isEqualTo(WebhookEventType.MESSAGE_CREATED);
    }
}
