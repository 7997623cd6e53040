package io.parley.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * When the attempts of a delivery are made: the first after {@code delays[0]} (normally at once), each next one
 * {@code delays[n]} after the attempt before failed, give or take a jitter of up to a tenth, so that receivers that
 * come back are not hit by every delayed delivery at the same moment. A {@code Retry-After} the receiver sent with 429,
 * 502, 503 or 504 is honoured: the next attempt waits at least that long (at most a day).
 */
public record RetrySchedule(List<Duration> delays) {

    /** Standard Webhooks' suggestion: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h. */
    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)));

    /** The longest wait a {@code Retry-After} can ask for. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay, none negative");
        }
    }

    public Duration first() {
        return delays.getFirst();
    }

    /**
     * The wait before the attempt that follows the failed attempt at {@code step} (0 for the first), or nothing when
     * that was the last attempt of the schedule.
     */
    public Optional<Duration> after(int step, Optional<Duration> retryAfter, RandomGenerator random) {
        if (step + 1 >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = jittered(delays.get(step + 1), random);
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return Optional.of(delay);
    }

    private static Duration jittered(Duration delay, RandomGenerator random) {
        long millis = delay.toMillis();
        if (millis < 10) {
            return delay;
        }
        long spread = millis / 10;
        return Duration.ofMillis(millis - spread + random.nextLong(2 * spread + 1));
    }

    /** A {@code Retry-After} header as seconds or as an HTTP date; nothing when absent or unreadable. */
    public static Optional<Duration> retryAfter(@Nullable String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(when.isAfter(now) ? Duration.between(now, when) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
