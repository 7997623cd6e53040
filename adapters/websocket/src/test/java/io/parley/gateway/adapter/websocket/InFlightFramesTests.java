package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InFlightFramesTests {

    private final InFlightFrames frames = new InFlightFrames(3, task -> Thread.ofVirtual().start(task));
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void runsTheFramesOfOneKeyOneAtATimeInTheOrderSubmitted() throws Exception {
        var done = new CountDownLatch(1);
        var inFlight = new InFlightFrames(1000, task -> Thread.ofVirtual().start(task));
        int[] running = {0};
        for (int i = 0; i < 500; i++) {
            String n = String.valueOf(i);
            inFlight.submit("a", () -> {
                assertThat(++running[0]).isEqualTo(1);
                ran.add(n);
                running[0]--;
            });
        }
        inFlight.submit("a", done::countDown);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEqualTo(IntStream.range(0, 500).mapToObj(String::valueOf).toList());
    }

    @Test
    void aFrameOfAnotherKeyDoesNotWaitForOneThatIsStuck() throws Exception {
        var stuck = new CountDownLatch(1);
        var other = new CountDownLatch(1);
        frames.submit("a", () -> await(stuck));
        frames.submit("a", () -> ran.add("a-2"));
        frames.submit("b", other::countDown);
        assertThat(other.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("behind the stuck one").isEmpty();
        stuck.countDown();
        awaitCount(0);
        assertThat(ran).containsExactly("a-2");
    }

    @Test
    void theSubmitterWaitsForRoomOnceTheLimitIsInFlight() throws Exception {
        var stuck = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            frames.submit("k" + i, () -> await(stuck));
        }
        var fourth = Thread.ofVirtual().start(() -> frames.submit("k3", () -> ran.add("fourth")));
        awaitFull(true);
        assertThat(fourth.isAlive()).isTrue();
        stuck.countDown();
        fourth.join(5000);
        assertThat(fourth.isAlive()).isFalse();
        awaitCount(0);
        assertThat(ran).containsExactly("fourth");
        assertThat(frames.full()).isFalse();
    }

    @Test
    void closingReleasesASubmitterWaitingForRoomWithoutRunningItsFrame() throws Exception {
        var stuck = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            frames.submit("k" + i, () -> await(stuck));
        }
        boolean[] accepted = {true};
        var fourth = Thread.ofVirtual().start(() -> accepted[0] = frames.submit("k3", () -> ran.add("fourth")));
        awaitFull(true);
        frames.close();
        fourth.join(5000);
        assertThat(accepted[0]).isFalse();
        stuck.countDown();
        awaitCount(0);
        assertThat(ran).isEmpty();
    }

    @Test
    void keepsGoingAfterAFrameFails() throws Exception {
        var done = new CountDownLatch(1);
        frames.submit("a", () -> {
            throw new IllegalStateException("planted");
        });
        frames.submit("a", () -> {
            throw new AssertionError("planted");
        });
        frames.submit("a", done::countDown);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        awaitCount(0);
    }

    private void awaitCount(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (frames.count() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(frames.count()).isEqualTo(expected);
    }

    private void awaitFull(boolean expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (frames.full() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(frames.full()).isEqualTo(expected);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
