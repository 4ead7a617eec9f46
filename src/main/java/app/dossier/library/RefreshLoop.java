package app.dossier.library;

import app.dossier.model.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps the library fresh for as long as it runs: refreshes what is due, then sleeps until the
 * next feed is due (at most a minute, so added feeds and a changed clock are noticed). When the
 * wall clock jumps ahead of the monotonic clock — the machine slept — or when it starts with feeds
 * long overdue, it spreads the overdue feeds over the next minutes ({@link RefreshSchedule#catchUp})
 * instead of fetching them all at once. It runs on the caller's thread.
 */
final class RefreshLoop {

    /** A wake-up later than this beyond what was asked means the machine was asleep. */
    static final Duration SLEEP_DETECTED = Duration.ofMinutes(2);
    static final Duration LONGEST_NAP = Duration.ofMinutes(1);

    private final Library library;
    private final RefreshSchedule schedule;
    private final Clock clock;

    RefreshLoop(Library library, RefreshSchedule schedule, Clock clock) {
        this.library = library;
        this.schedule = schedule;
        this.clock = clock;
    }

    void run(Consumer<RefreshEvent> listener, BooleanSupplier stop) throws InterruptedException {
        catchUp();
        while (!stop.getAsBoolean()) {
            library.refreshDue(listener);
            if (nap(untilNextDue(), stop)) {
                catchUp();
            }
        }
    }

    /** Overdue feeds get staggered check times, most overdue first. */
    private void catchUp() {
        Instant now = clock.instant();
        Map<Long, Instant> next = new LinkedHashMap<>();
        for (FeedStatus s : library.feedStatuses()) {
            if (!s.state().gone()) {
                next.put(s.feed().id(), s.nextCheck());
            }
        }
        Map<Long, Instant> spread = schedule.catchUp(now, next);
        spread.forEach((id, when) -> {
            if (when != null && !when.equals(next.get(id))) {
                library.reschedule(id, when);
            }
        });
    }

    private Duration untilNextDue() {
        Instant now = clock.instant();
        Instant earliest = null;
        List<FeedStatus> statuses = library.feedStatuses();
        for (FeedStatus s : statuses) {
            if (s.state().gone() || s.nextCheck() == null) {
                continue;
            }
            if (earliest == null || s.nextCheck().isBefore(earliest)) {
                earliest = s.nextCheck();
            }
        }
        if (earliest == null) {
            return LONGEST_NAP;
        }
        Duration d = Duration.between(now, earliest);
        if (d.isNegative()) {
            return Duration.ofMillis(200);
        }
        return d.compareTo(LONGEST_NAP) > 0 ? LONGEST_NAP : d;
    }

    /**
     * Sleeps for {@code nap} in short steps; returns true as soon as the wall clock ran ahead of
     * the monotonic one by more than {@link #SLEEP_DETECTED} — the machine was suspended.
     */
    private boolean nap(Duration nap, BooleanSupplier stop) throws InterruptedException {
        long monoStart = System.nanoTime();
        long wallStart = clock.millis();
        long end = monoStart + nap.toNanos();
        while (!stop.getAsBoolean()) {
            long drift = (clock.millis() - wallStart) - (System.nanoTime() - monoStart) / 1_000_000;
            if (drift > SLEEP_DETECTED.toMillis()) {
                return true;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Thread.sleep(Math.min(left / 1_000_000 + 1, 250));
        }
        return false;
    }
}
