package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void runsEveryTaskWithNeverMoreThanItsLanesAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Lanes lanes = new Lanes(pool, 2);
            AtomicInteger now = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(40);
            for (int i = 0; i < 40; i++) {
                lanes.execute(() -> {
                    int n = now.incrementAndGet();
                    most.accumulateAndGet(n, Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    now.decrementAndGet();
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(most.get()).isEqualTo(2); // a four-thread pool, but two lanes
            assertThat(lanes.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneLaneRunsTasksInTheOrderGiven() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Lanes lanes = new Lanes(pool, 1);
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(100);
            for (int i = 0; i < 100; i++) {
                int n = i;
                lanes.execute(() -> {
                    order.add(n);
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).isSorted().hasSize(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskThatThrowsFreesItsLane() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setUncaughtExceptionHandler((thread, e) -> { }); // the defect is expected here
            return t;
        });
        try {
            Lanes lanes = new Lanes(pool, 1);
            CountDownLatch after = new CountDownLatch(1);
            lanes.execute(() -> {
                throw new IllegalStateException("a defect in one task");
            });
            lanes.execute(after::countDown);
            assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedPoolRefusesWithoutHoldingTheLane() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        Lanes lanes = new Lanes(pool, 1);
        assertThatThrownBy(() -> lanes.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        // Had the refused task kept the lane, this one would wait instead of being refused.
        assertThatThrownBy(() -> lanes.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(lanes.running()).isZero();
    }

    @Test
    void aWaitingTaskRefusedAtItsTurnRunsAnywayAndNothingIsLeftWaiting() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Lanes lanes = new Lanes(pool, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch first = new CountDownLatch(1);
        lanes.execute(() -> {
            first.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> second = started.thenRunAsync(() -> { }, lanes);
        java.util.concurrent.CompletableFuture<Void> third = started.thenRunAsync(() -> { }, lanes);
        started.complete(null);
        assertThat(lanes.waiting()).isEqualTo(2);
        pool.shutdown(); // the waiting tasks will be refused when their turn comes
        release.countDown();
        second.get(10, TimeUnit.SECONDS);
        third.get(10, TimeUnit.SECONDS);
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lanes.waiting()).isZero();
        assertThat(lanes.running()).isZero();
    }

    @Test
    void onAnExecutorThatRunsTasksHereAFailingTaskGivesItsLaneBackOnce() {
        Lanes lanes = new Lanes(Runnable::run, 1);
        assertThatThrownBy(() -> lanes.execute(() -> {
            throw new IllegalStateException("a defect in one task");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(lanes.running()).isZero();
        AtomicInteger ran = new AtomicInteger();
        lanes.execute(ran::incrementAndGet);
        lanes.execute(ran::incrementAndGet);
        assertThat(ran.get()).isEqualTo(2);
        assertThat(lanes.running()).isZero();
    }

    @Test
    void atLeastOneLane() {
        assertThatThrownBy(() -> new Lanes(Runnable::run, 0)).isInstanceOf(IllegalArgumentException.class);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(RefreshPipeline.PARSERS).isEqualTo(Math.max(1, cores - 1));
    }
}
