package app.dossier.library;

import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import app.dossier.model.PublishingHints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * When each feed is checked next. The next check is the latest of: the user's interval (60 min by
 * default, never under 15 min), the server's {@code Cache-Control: max-age} and {@code Expires}, the
 * feed's RSS {@code <ttl>} and {@code sy:updatePeriod/Frequency} (each of these hints clamped to
 * 24 h), then spread by ±10% so feeds added together do not stay in step. A host's Retry-After and
 * the feed's error back-off are hard limits: jitter only ever adds to them. See
 * {@code docs/fetching.md}.
 *
 * <p>Pure: time comes in as arguments and randomness from the injected source, so tests are exact.
 * Threads: any, if the random source is thread-safe (the default one is).
 */
public final class RefreshSchedule {

    /** The interval when the user set none. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(60);
    /** No feed is polled more often than this on schedule, whatever the user or server says. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(15);
    /** The longest interval a user can set: a feed is checked at least once a year. */
    public static final Duration MAX_INTERVAL = Duration.ofDays(365);
    /** The most a server or feed hint can stretch the interval. */
    public static final Duration MAX_HINT = Duration.ofHours(24);
    /** Jitter: a delay is multiplied by a factor in [0.9, 1.1). */
    public static final double JITTER = 0.10;
    /** After sleep or offline, overdue feeds start this far apart... */
    public static final Duration CATCH_UP_SPACING = Duration.ofSeconds(1);
    /** ...but all of them within this window. */
    public static final Duration CATCH_UP_WINDOW = Duration.ofMinutes(5);

    /** Who asked for a refresh now. */
    public enum Scope {
        /** The user refreshed one feed: even a gone feed is tried again. */
        ONE_FEED,
        /** The user refreshed everything: gone feeds stay stopped. */
        EVERYTHING
    }

    private final Duration defaultInterval;
    private final DoubleSupplier random;

    /**
     * @param defaultInterval the interval for feeds without their own (raised to 15 min if lower)
     * @param random          uniform numbers in [0, 1) for jitter
     */
    public RefreshSchedule(Duration defaultInterval, DoubleSupplier random) {
        if (defaultInterval == null || defaultInterval.isNegative() || random == null) {
            throw new IllegalArgumentException("a schedule needs an interval and a random source");
        }
        this.defaultInterval = withinLimits(defaultInterval);
        this.random = random;
    }

    /** The usual schedule: 60 min, jitter from a shared {@link Random}. */
    public static RefreshSchedule standard() {
        Random r = new Random();
        return new RefreshSchedule(DEFAULT_INTERVAL, r::nextDouble);
    }

    /**
     * The interval a feed is polled at: its own if set, else the default; never under 15 min, never
     * over a year (an older library may hold a longer one).
     */
    public Duration interval(Duration feedInterval) {
        return feedInterval == null ? defaultInterval : withinLimits(feedInterval);
    }

    private static Duration withinLimits(Duration interval) {
        Duration atLeast = max(interval, MIN_INTERVAL);
        return atLeast.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : atLeast;
    }

    /**
     * The next check after a fetch, or empty when the feed is gone and polling stopped.
     *
     * @param now          the time of the fetch
     * @param feedInterval the feed's own interval, or {@code null} for the default
     * @param cache        the response's freshness headers and Retry-After ({@code null}: none)
     * @param hints        the feed's ttl and syndication period ({@code null}: none)
     * @param state        the feed's state after the fetch
     * @param host         the feed's host wait, or {@code null}
     */
    public Optional<Instant> nextCheck(Instant now, Duration feedInterval, CacheHints cache, PublishingHints hints,
                                       FetchState state, HostBackoff host) {
        if (state != null && state.gone()) {
            return Optional.empty();
        }
        CacheHints c = cache == null ? CacheHints.NONE : cache;
        PublishingHints h = hints == null ? PublishingHints.NONE : hints;
        Duration delay = interval(feedInterval);
        delay = max(delay, clamp(c.maxAge()));
        delay = max(delay, clamp(c.expires() == null ? null : Duration.between(now, c.expires())));
        delay = max(delay, clamp(h.ttl()));
        delay = max(delay, clamp(h.syndicationPeriod()));
        Duration jittered = max(scale(delay, 1 + JITTER * (2 * random.getAsDouble() - 1)), MIN_INTERVAL);
        Instant next = now.plus(jittered);

        Instant hard = latest(c.retryAfter(), state == null ? null : state.backoffUntil(),
                host == null ? null : host.until());
        if (hard != null && hard.isAfter(next)) {
            next = hard.plus(scale(Duration.between(now, hard), JITTER * random.getAsDouble()));
        }
        return Optional.of(next);
    }

    /**
     * The next try after a fetch found the machine offline: the shortest interval, jittered, and
     * nothing counted against the feed.
     */
    public Instant afterOffline(Instant now) {
        return now.plus(max(scale(MIN_INTERVAL, 1 + JITTER * random.getAsDouble()), MIN_INTERVAL));
    }

    /** Whether a scheduled check is due: its time has come, it is not gone, its host is not waiting. */
    public boolean isDue(Instant now, Instant nextCheck, FetchState state, HostBackoff host) {
        if (state != null && state.gone()) {
            return false;
        }
        if (host != null && host.isActive(now)) {
            return false;
        }
        return nextCheck == null || !now.isBefore(nextCheck);
    }

    /**
     * When "refresh now" may fetch the feed: now, ignoring the interval and the feed's error
     * back-off, but never before its host's Retry-After; empty for a gone feed when the user
     * refreshed everything. (For one gone feed the pipeline clears {@code gone} and tries again.)
     */
    public Optional<Instant> refreshNow(Instant now, FetchState state, HostBackoff host, Scope scope) {
        if (state != null && state.gone() && scope == Scope.EVERYTHING) {
            return Optional.empty();
        }
        if (host != null && host.isActive(now)) {
            return Optional.of(host.until());
        }
        return Optional.of(now);
    }

    /**
     * Catching up after sleep or offline: every feed whose check is overdue becomes due soon, most
     * overdue first, one {@link #CATCH_UP_SPACING} apart, and all within {@link #CATCH_UP_WINDOW}.
     * Feeds not overdue keep their time.
     *
     * @param nextChecks each feed's stored next check ({@code null}: never checked, so overdue)
     * @return the same keys, in the same order, with overdue times replaced
     */
    public <K> Map<K, Instant> catchUp(Instant now, Map<K, Instant> nextChecks) {
        List<Map.Entry<K, Instant>> overdue = new ArrayList<>();
        for (Map.Entry<K, Instant> e : nextChecks.entrySet()) {
            if (e.getValue() == null || !e.getValue().isAfter(now)) {
                overdue.add(e);
            }
        }
        overdue.sort(Comparator.comparing(e -> e.getValue() == null ? Instant.MIN : e.getValue()));
        Duration spacing = overdue.size() <= 1 ? Duration.ZERO
                : min(CATCH_UP_SPACING, CATCH_UP_WINDOW.dividedBy(overdue.size()));
        Map<K, Instant> slots = new LinkedHashMap<>();
        for (int i = 0; i < overdue.size(); i++) {
            slots.put(overdue.get(i).getKey(), now.plus(spacing.multipliedBy(i)));
        }
        Map<K, Instant> result = new LinkedHashMap<>();
        nextChecks.forEach((k, v) -> result.put(k, slots.getOrDefault(k, v)));
        return result;
    }

    private static Duration clamp(Duration d) {
        if (d == null || d.isNegative()) {
            return Duration.ZERO;
        }
        return min(d, MAX_HINT);
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    private static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
