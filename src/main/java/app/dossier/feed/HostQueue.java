package app.dossier.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The politeness gate: at most {@code perHost} requests in flight to one host, at most
 * {@code global} in all, and a ramp: at first, and again after the queue has been idle for
 * {@link #IDLE_BEFORE_RAMP} (nothing in flight or waiting), the first {@code global} fetches start
 * at least {@code spacing} apart, so a refresh of everything at
 * start-up or after sleep fills the pool gradually instead of opening every connection at once;
 * once the pool has filled, fetches start as slots free up. Nobody blocks: a fetch asks for
 * a slot and gets a future that completes when the slot is its own. Waiting
 * fetches are served in order, except that one whose host is full lets later ones for other hosts
 * pass (no head-of-line blocking), and a redirect hop to another host goes first (it already holds
 * a global slot and its deadline is running).
 *
 * <p>Threads: any thread may call; state is guarded by this object's lock; futures are completed
 * outside the lock, on the calling thread, so callers continue with {@code thenRunAsync}.
 */
final class HostQueue {

    private final int perHost;
    private final int global;
    private final long spacingNanos;
    private final Executor executor;
    private final LongSupplier nanoTime;

    /**
     * A pause inside one refresh (every fetch answered before the next was asked for) is not a
     * new start; only a queue idle this long ramps up again.
     */
    static final long IDLE_BEFORE_RAMP = TimeUnit.SECONDS.toNanos(2);

    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private final Map<String, Integer> perHostActive = new HashMap<>();
    private int globalActive;
    private long nextStart = Long.MIN_VALUE;
    private int rampLeft;
    private long idleSince = Long.MIN_VALUE;
    private boolean wakeScheduled;

    private record Waiter(String host, boolean newFetch, CompletableFuture<Void> ready) {
    }

    HostQueue(int perHost, int global, long spacingNanos, Executor executor, LongSupplier nanoTime) {
        this.perHost = perHost;
        this.global = global;
        this.spacingNanos = spacingNanos;
        this.executor = executor;
        this.nanoTime = nanoTime;
        this.rampLeft = global;
    }

    /** A global slot and a slot for {@code host}; release both with {@link #leave}. */
    CompletableFuture<Void> enter(String host) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        synchronized (this) {
            waiting.addLast(new Waiter(host, true, ready));
        }
        dispatch();
        return ready;
    }

    /** Trades the slot for {@code from} for one for {@code to}, keeping the global slot. */
    CompletableFuture<Void> move(String from, String to) {
        if (from.equals(to)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        synchronized (this) {
            releaseHost(from);
            waiting.addFirst(new Waiter(to, false, ready));
        }
        dispatch();
        return ready;
    }

    /** Gives back the global slot and the slot for {@code host} ({@code null}: no host slot held). */
    void leave(String host) {
        synchronized (this) {
            releaseHost(host);
            globalActive--;
            if (globalActive == 0 && waiting.isEmpty()) {
                idleSince = nanoTime.getAsLong();
            }
        }
        dispatch();
    }

    /** Gives back a host slot obtained by {@link #move} that arrived after its fetch had ended. */
    void leaveHost(String host) {
        synchronized (this) {
            releaseHost(host);
        }
        dispatch();
    }

    /** Requests in flight to {@code host} (for tests and diagnostics). */
    synchronized int active(String host) {
        return perHostActive.getOrDefault(host, 0);
    }

    private void releaseHost(String host) {
        if (host == null) {
            return;
        }
        perHostActive.computeIfPresent(host, (h, n) -> n <= 1 ? null : n - 1);
    }

    private void dispatch() {
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        long wakeIn = -1;
        synchronized (this) {
            for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (perHostActive.getOrDefault(w.host, 0) >= perHost) {
                    continue;
                }
                if (w.newFetch) {
                    if (globalActive >= global) {
                        continue;
                    }
                    if (globalActive == 0 && idleSince != Long.MIN_VALUE) {
                        if (nanoTime.getAsLong() - idleSince >= IDLE_BEFORE_RAMP) {
                            rampLeft = global;
                            nextStart = Long.MIN_VALUE;
                        }
                        idleSince = Long.MIN_VALUE;
                    }
                    if (rampLeft > 0) {
                        long now = nanoTime.getAsLong();
                        if (nextStart != Long.MIN_VALUE && now - nextStart < 0) {
                            if (!wakeScheduled) {
                                wakeScheduled = true;
                                wakeIn = nextStart - now;
                            }
                            continue;
                        }
                        nextStart = now + spacingNanos;
                        rampLeft--;
                    }
                    globalActive++;
                }
                perHostActive.merge(w.host, 1, Integer::sum);
                it.remove();
                ready.add(w.ready);
            }
        }
        for (CompletableFuture<Void> r : ready) {
            r.complete(null);
        }
        if (wakeIn >= 0) {
            CompletableFuture.delayedExecutor(wakeIn, TimeUnit.NANOSECONDS, executor).execute(this::wake);
        }
    }

    private void wake() {
        synchronized (this) {
            wakeScheduled = false;
        }
        dispatch();
    }
}
