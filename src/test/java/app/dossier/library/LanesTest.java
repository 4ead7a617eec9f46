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
        assertThatThrownBy(() -> lanes.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(lanes.waiting()).isZero(); // the refused task did not keep the lane busy
    }

    @Test
    void atLeastOneLane() {
        assertThatThrownBy(() -> new Lanes(Runnable::run, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RefreshPipeline.PARSERS).isBetween(1, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
