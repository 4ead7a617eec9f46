package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostQueueTest {

    private static HostQueue queue(int perHost, int global) {
        return new HostQueue(perHost, global, 0, Runnable::run, System::nanoTime);
    }

    @Test
    void aFullHostDoesNotHoldUpOtherHosts() {
        HostQueue q = queue(2, 16);

        CompletableFuture<Void> a1 = q.enter("a");
        CompletableFuture<Void> a2 = q.enter("a");
        CompletableFuture<Void> a3 = q.enter("a");
        CompletableFuture<Void> b1 = q.enter("b");

        assertThat(a1).isDone();
        assertThat(a2).isDone();
        assertThat(a3).isNotDone();
        assertThat(b1).isDone();
        q.leave("a");
        assertThat(a3).isDone();
        assertThat(q.active("a")).isEqualTo(2);
    }

    @Test
    void theGlobalLimitHoldsAcrossHosts() {
        HostQueue q = queue(2, 2);

        CompletableFuture<Void> a = q.enter("a");
        CompletableFuture<Void> b = q.enter("b");
        CompletableFuture<Void> c = q.enter("c");

        assertThat(a).isDone();
        assertThat(b).isDone();
        assertThat(c).isNotDone();
        q.leave("a");
        assertThat(c).isDone();
    }

    @Test
    void aRedirectHopGoesBeforeNewFetches() {
        HostQueue q = queue(1, 16);
        q.enter("a");
        q.enter("b");
        CompletableFuture<Void> waitingForB = q.enter("b");

        CompletableFuture<Void> hop = q.move("a", "b");
        q.leave("b");

        assertThat(hop).isDone();
        assertThat(waitingForB).isNotDone();
        assertThat(q.active("a")).isZero();
    }

    @Test
    void startsAreSpacedByTheClock() throws Exception {
        AtomicLong now = new AtomicLong(1_000);
        HostQueue q = new HostQueue(16, 16, 100, Runnable::run, now::get);

        CompletableFuture<Void> first = q.enter("a");
        CompletableFuture<Void> second = q.enter("b");

        assertThat(first).isDone();
        assertThat(second).isNotDone();
        now.addAndGet(100);
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aBriefPauseInsideARefreshDoesNotRampAgain() {
        AtomicLong now = new AtomicLong(1_000);
        HostQueue q = new HostQueue(16, 2, 100, Runnable::run, now::get);
        q.enter("a");
        now.addAndGet(100);
        q.enter("b");
        q.leave("a");
        q.leave("b");
        now.addAndGet(HostQueue.IDLE_BEFORE_RAMP / 2);
        CompletableFuture<Void> next = q.enter("c");
        CompletableFuture<Void> andNext = q.enter("d");
        assertThat(next).isDone();
        assertThat(andNext).as("idle only briefly: no new ramp").isDone();
    }

    @Test
    void onlyTheFirstFetchesAfterAnIdleMomentAreSpaced() {
        AtomicLong now = new AtomicLong(1_000);
        HostQueue q = new HostQueue(16, 2, 100, Runnable::run, now::get);

        CompletableFuture<Void> first = q.enter("a");
        now.addAndGet(100);
        CompletableFuture<Void> second = q.enter("b");
        q.leave("a");
        CompletableFuture<Void> third = q.enter("c");

        assertThat(first).isDone();
        assertThat(second).isDone();
        assertThat(third).as("the pool has filled once: no more spacing").isDone();
        q.leave("b");
        q.leave("c");
        now.addAndGet(HostQueue.IDLE_BEFORE_RAMP);
        CompletableFuture<Void> afterIdle = q.enter("d");
        CompletableFuture<Void> spacedAgain = q.enter("e");
        assertThat(afterIdle).isDone();
        assertThat(spacedAgain).isNotDone();
        now.addAndGet(100);
        assertThat(spacedAgain).succeedsWithin(java.time.Duration.ofSeconds(5));
    }
}
