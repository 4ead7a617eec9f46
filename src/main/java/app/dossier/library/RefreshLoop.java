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
 * instead of fetching them all at once. Between refreshes it analyses new articles (who said
 * what) in slices that end before the next feed is due. It runs on the caller's thread.
 */
final class RefreshLoop {

    /** A wake-up later than this beyond what was asked means the machine was asleep. */
    static final Duration SLEEP_DETECTED = Duration.ofMinutes(2);
    static final Duration LONGEST_NAP = Duration.ofMinutes(1);
    /** The longest stretch of analysis between two looks at the schedule. */
    static final Duration ANALYSIS_SLICE = Duration.ofSeconds(10);

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
            if (analyseWhileIdle(stop)) {
                continue; // more is waiting: refresh whatever came due meanwhile, then go on
            }
            if (nap(untilNextDue(), stop)) {
                catchUp();
            }
        }
    }

    /**
     * Analyses articles waiting for it (after a refresh, those just stored) for one slice at most,
     * never past the next feed's due time, so analysis fills idle time without holding feeds up.
     * True when more is waiting and this slice made progress.
     */
    private boolean analyseWhileIdle(BooleanSupplier stop) {
        Duration until = untilNextDue();
        Duration slice = until.compareTo(ANALYSIS_SLICE) < 0 ? until : ANALYSIS_SLICE;
        try {
            AnalysisReport report = library.analyzeFor(slice, stop);
            return report.remaining() > 0 && report.analysed() > 0;
        } catch (LibraryException e) {
            return false; // a failing analysis never stops the refreshing; it is tried again after the nap
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
