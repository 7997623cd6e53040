package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryLaneTests {

    private final DeliveryLane lane = new DeliveryLane(task -> Thread.ofVirtual().start(task));
    private final List<Integer> ran = new CopyOnWriteArrayList<>();

    @Test
    void runsTasksOneAtATimeInTheOrderHandedIn() throws Exception {
        var done = new CountDownLatch(1);
        int[] running = {0};
        for (int i = 0; i < 1000; i++) {
            int n = i;
            lane.execute(() -> {
                assertThat(++running[0]).isEqualTo(1);
                ran.add(n);
                running[0]--;
            });
        }
        lane.execute(done::countDown);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEqualTo(IntStream.range(0, 1000).boxed().toList());
        // the last task counted down before it was counted as finished
        assertThat(nothingPendingSoon()).isTrue();
    }

    @Test
    void keepsGoingAfterATaskFails() throws Exception {
        var done = new CountDownLatch(1);
        lane.execute(() -> {
            throw new IllegalStateException("planted");
        });
        lane.execute(done::countDown);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void keepsGoingAfterATaskThrowsAnError() throws Exception {
        var done = new CountDownLatch(1);
        lane.execute(() -> {
            throw new AssertionError("planted");
        });
        lane.execute(done::countDown);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void runsTasksHandedInAfterTheLaneWentIdle() throws Exception {
        var first = new CountDownLatch(1);
        lane.execute(first::countDown);
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(nothingPendingSoon()).isTrue();
        var second = new CountDownLatch(1);
        lane.execute(second::countDown);
        assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lane.pending()).isLessThanOrEqualTo(1);
    }

    @Test
    void tasksHandedInDuringATurnRunAfterIt() throws Exception {
        var done = new CountDownLatch(1);
        lane.runInTurn(() -> {
            lane.execute(() -> ran.add(2));
            lane.execute(done::countDown);
            sleep(100);
            ran.add(1);
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void countsWhatIsWaitingWhileATaskIsStuck() throws Exception {
        var release = new CountDownLatch(1);
        lane.execute(() -> await(release));
        for (int i = 0; i < 10; i++) {
            lane.execute(() -> { });
        }
        assertThat(lane.pending()).isEqualTo(11);
        release.countDown();
        assertThat(nothingPendingSoon()).isTrue();
    }

    private boolean nothingPendingSoon() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lane.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return lane.pending() == 0;
    }

    @Test
    void countsTheBytesOfPushesFromHandedInUntilTheyHaveRun() throws Exception {
        var stuck = new CountDownLatch(1);
        assertThat(lane.queue(push(1000, () -> await(stuck)))).isEqualTo(1000);
        assertThat(lane.queue(push(500, () -> { }))).isEqualTo(1500);
        assertThat(lane.queue(() -> { })).as("a task that sends nothing counts nothing").isEqualTo(1500);
        assertThat(lane.bytes()).isEqualTo(1500);
        stuck.countDown();
        assertThat(nothingPendingSoon()).isTrue();
        assertThat(lane.bytes()).isZero();
    }

    private static DeliveryLane.Push push(int bytes, Runnable action) {
        return new DeliveryLane.Push() {
            @Override
            public int bytes() {
                return bytes;
            }

            @Override
            public void run() {
                action.run();
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
