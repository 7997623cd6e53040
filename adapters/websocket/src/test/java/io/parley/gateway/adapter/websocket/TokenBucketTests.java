package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBucket bucket = new TokenBucket(20, 40, now::get);

    @Test
    void allowsTheBurstAtOnceThenRefuses() {
        assertThat(IntStream.range(0, 40).allMatch(i -> bucket.tryTake())).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void refillsAtTheSustainedRate() {
        IntStream.range(0, 40).forEach(i -> bucket.tryTake());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(49));
        assertThat(bucket.tryTake()).as("0.98 of a token after 49 ms").isFalse();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(bucket.tryTake()).as("one token after 50 ms").isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void holdsNoMoreThanTheBurstAfterAQuietSpell() {
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        assertThat(IntStream.range(0, 41).filter(i -> bucket.tryTake()).count()).isEqualTo(40);
    }

    @Test
    void aSteadyClientAtTheRateIsNeverRefused() {
        for (int i = 0; i < 1000; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
            assertThat(bucket.tryTake()).isTrue();
        }
    }

    @Test
    void framesSentAtTheRateWhileTheServerDidNotReadPassWhenReadAtOnce() {
        IntStream.range(0, 40).forEach(i -> bucket.tryTake());
        // three seconds not read: 60 frames at the rate queued up, and arrive together
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        bucket.notReadFor(TimeUnit.SECONDS.toNanos(3));
        assertThat(IntStream.range(0, 60).allMatch(i -> bucket.tryTake())).isTrue();
        assertThat(bucket.tryTake()).as("no more than the rate allowed in those 3 s").isFalse();
    }

    @Test
    void timeNotReadWhileTheClientIsBelowTheBurstAddsNothingToTheRefill() {
        IntStream.range(0, 40).forEach(i -> bucket.tryTake());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        bucket.notReadFor(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(IntStream.range(0, 11).filter(i -> bucket.tryTake()).count()).as("10 refilled in 500 ms")
                .isEqualTo(10);
    }

    @Test
    void theCreditForTimeNotReadIsNoMoreThanTheRateAllowed() {
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        bucket.notReadFor(TimeUnit.SECONDS.toNanos(3));
        assertThat(IntStream.range(0, 101).filter(i -> bucket.tryTake()).count()).as("burst plus 3 s at 20/s")
                .isEqualTo(100);
    }

    @Test
    void anUnusedCreditLapsesOnceTheBacklogWouldHaveBeenRead() {
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        bucket.notReadFor(TimeUnit.SECONDS.toNanos(60));
        now.addAndGet(TokenBucket.CREDIT_NANOS + 1);
        assertThat(IntStream.range(0, 41).filter(i -> bucket.tryTake()).count()).isEqualTo(40);
    }

    @Test
    void aShortStallWhileTheBacklogIsReadAddsToTheCreditInsteadOfCuttingIt() {
        IntStream.range(0, 40).forEach(i -> bucket.tryTake());
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        bucket.notReadFor(TimeUnit.SECONDS.toNanos(3));
        IntStream.range(0, 10).forEach(i -> bucket.tryTake());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
        bucket.notReadFor(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(IntStream.range(0, 51).filter(i -> bucket.tryTake()).count()).isEqualTo(51);
    }
}
