package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.library.RefreshSchedule.Scope;
import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import app.dossier.model.PublishingHints;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefreshScheduleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    /** A random source that always gives {@code r}: 0.5 means no jitter on soft limits. */
    private static RefreshSchedule schedule(double r) {
        return new RefreshSchedule(RefreshSchedule.DEFAULT_INTERVAL, () -> r);
    }

    private static Duration minutes(Long m) {
        return m == null ? null : Duration.ofMinutes(m);
    }

    private static Instant at(Long m) {
        return m == null ? null : NOW.plus(Duration.ofMinutes(m));
    }

    private static FetchState backedOffUntil(Instant until) {
        return new FetchState(null, null, null, null, until == null ? 0 : 1, until, false, null, 0, 404, null);
    }

    /** Every input alone and in combination; with no jitter, hard limits get +5% of their delay. */
    @ParameterizedTest(name = "[{index}] interval={0} maxAge={1} expires={2} ttl={3} sy={4} retry={5} backoff={6} host={7} -> {8}")
    @CsvSource({
        // interval, maxAge, expires, ttl, sy, retryAfter, backoff, host, expected minutes
        "  ,     ,      ,     ,      ,     ,     ,     , 60",
        "30,     ,      ,     ,      ,     ,     ,     , 30",
        " 5,     ,      ,     ,      ,     ,     ,     , 15",
        " 0,     ,      ,     ,      ,     ,     ,     , 15",
        "1500,   ,      ,     ,      ,     ,     ,     , 1500",
        "  ,  120,      ,     ,      ,     ,     ,     , 120",
        "  ,   10,      ,     ,      ,     ,     ,     , 60",
        "  , 3000,      ,     ,      ,     ,     ,     , 1440",
        "  ,     ,    90,     ,      ,     ,     ,     , 90",
        "  ,     ,   -30,     ,      ,     ,     ,     , 60",
        "  ,     ,  5000,     ,      ,     ,     ,     , 1440",
        "  ,     ,      ,  180,      ,     ,     ,     , 180",
        "  ,     ,      ,    5,      ,     ,     ,     , 60",
        "  ,     ,      ,     ,  1440,     ,     ,     , 1440",
        "  ,     ,      ,     , 10080,     ,     ,     , 1440",
        "30,   90,      ,  120,      ,     ,     ,     , 120",
        "30,   90,   100,   45,    20,     ,     ,     , 100",
        "  ,     ,      ,     ,      ,  120,     ,     , 126",
        "  ,     ,      ,     ,      ,   30,     ,     , 60",
        "  ,     ,      ,     ,      ,     ,  240,     , 252",
        "  ,     ,      ,     ,      ,     ,   30,     , 60",
        "  ,     ,      ,     ,      ,     ,     ,  600, 630",
        "  ,     ,      ,     ,      ,     ,     ,  -10, 60",
        "  ,     ,      ,     ,      ,   90,  120,  180, 189",
        "  ,  200,      ,     ,      ,     ,  120,     , 200",
        "20,     ,      ,  300,      ,     , 1440,     , 1512",
    })
    void theNextCheckIsTheLatestOfEveryInput(Long interval, Long maxAge, Long expires, Long ttl, Long sy,
                                             Long retryAfter, Long backoff, Long host, long expected) {
        CacheHints cache = new CacheHints(minutes(maxAge), at(expires), at(retryAfter));
        PublishingHints hints = new PublishingHints(minutes(ttl), minutes(sy));
        HostBackoff hostBackoff = host == null ? null : new HostBackoff("feeds.example", at(host));

        Optional<Instant> next = schedule(0.5).nextCheck(NOW, minutes(interval), cache, hints,
                backedOffUntil(at(backoff)), hostBackoff);

        assertThat(next).contains(NOW.plus(Duration.ofMinutes(expected)));
    }

    @Test
    void missingInputsMeanTheDefaultInterval() {
        assertThat(schedule(0.5).nextCheck(NOW, null, null, null, null, null))
                .contains(NOW.plus(Duration.ofMinutes(60)));
    }

    @ParameterizedTest(name = "r={0}, interval={1} min -> {2} ms")
    @CsvSource({
        "0.0,    60, 3240000",
        "0.25,   60, 3420000",
        "0.5,    60, 3600000",
        "0.75,   60, 3780000",
        "0.9999, 60, 3959928",
        "0.0,    15, 900000",
        "0.9999, 15, 989982",
        "0.0,  1440, 77760000",
    })
    void jitterSpreadsSoftLimitsByTenPercentButNeverBelowTheFloor(double r, long interval, long millis) {
        Optional<Instant> next = schedule(r).nextCheck(NOW, Duration.ofMinutes(interval), CacheHints.NONE,
                PublishingHints.NONE, FetchState.NEW, null);

        assertThat(next).contains(NOW.plusMillis(millis));
    }

    @ParameterizedTest(name = "r={0} -> {1} ms after a 100 min Retry-After")
    @CsvSource({"0.0, 6000000", "0.5, 6300000", "0.9999, 6599940"})
    void jitterOnlyEverAddsToHardLimits(double r, long millis) {
        CacheHints retry = new CacheHints(null, null, NOW.plus(Duration.ofMinutes(100)));

        Optional<Instant> next = schedule(r).nextCheck(NOW, null, retry, null, FetchState.NEW, null);

        assertThat(next).contains(NOW.plusMillis(millis));
    }

    @Test
    void aGoneFeedHasNoNextCheck() {
        FetchState gone = new FetchState(null, null, null, null, 0, null, true, null, 0, 410, "gone");

        assertThat(schedule(0.5).nextCheck(NOW, null, CacheHints.NONE, PublishingHints.NONE, gone, null)).isEmpty();
        assertThat(schedule(0.5).isDue(NOW, NOW.minusSeconds(1), gone, null)).isFalse();
    }

    @ParameterizedTest(name = "default {0} min, feed {1} -> {2} min")
    @CsvSource({"60, , 60", "60, 30, 30", "60, 1, 15", "5, , 15", "120, , 120", "120, 240, 240",
        "60, 525600, 525600", "60, 999999999999999, 525600", "999999999999999, , 525600"})
    void theIntervalHasAFloorAndACeiling(long defaultMinutes, Long feedMinutes, long expected) {
        RefreshSchedule s = new RefreshSchedule(Duration.ofMinutes(defaultMinutes), () -> 0.5);

        assertThat(s.interval(minutes(feedMinutes))).isEqualTo(Duration.ofMinutes(expected));
    }

    @Test
    void aHugeStoredIntervalStillGivesANextCheck() {
        FetchState ok = FetchState.NEW;

        assertThat(schedule(0.5).nextCheck(NOW, Duration.ofMinutes(999_999_999_999_999L), CacheHints.NONE,
                PublishingHints.NONE, ok, null)).contains(NOW.plus(RefreshSchedule.MAX_INTERVAL));
    }

    @Test
    void offlineRetriesSoonWithoutCountingAgainstTheFeed() {
        assertThat(schedule(0.0).afterOffline(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(schedule(0.5).afterOffline(NOW)).isEqualTo(NOW.plusSeconds(945));
    }

    @ParameterizedTest(name = "next {0} min, host waits {1} min -> due {2}")
    @CsvSource({"-5, , true", "0, , true", "5, , false", "-5, 10, false", "-5, -1, true", ", , true"})
    void aFeedIsDueWhenItsTimeHasComeAndItsHostIsNotWaiting(Long next, Long host, boolean due) {
        HostBackoff wait = host == null ? null : new HostBackoff("feeds.example", at(host));

        assertThat(schedule(0.5).isDue(NOW, at(next), FetchState.NEW, wait)).isEqualTo(due);
    }

    @ParameterizedTest(name = "gone={0} host={1} scope={2} -> {3}")
    @CsvSource({
        "false,    , ONE_FEED,   0",
        "false,    , EVERYTHING, 0",
        "false,  30, ONE_FEED,   30",
        "false,  30, EVERYTHING, 30",
        "false, -30, EVERYTHING, 0",
        "true,     , ONE_FEED,   0",
        "true,     , EVERYTHING, ",
        "true,   30, ONE_FEED,   30",
    })
    void refreshNowBypassesTheIntervalAndBackOffButNotRetryAfter(boolean gone, Long host, Scope scope, Long expected) {
        FetchState state = new FetchState(null, null, null, null, 3, NOW.plus(Duration.ofHours(4)), gone, null, 0, 404,
                null);
        HostBackoff wait = host == null ? null : new HostBackoff("feeds.example", at(host));

        Optional<Instant> when = schedule(0.5).refreshNow(NOW, state, wait, scope);

        assertThat(when).isEqualTo(Optional.ofNullable(at(expected)));
    }

    @Test
    void catchingUpSpreadsOverdueFeedsMostOverdueFirst() {
        Map<String, Instant> stored = new LinkedHashMap<>();
        stored.put("a", NOW.minus(Duration.ofHours(1)));
        stored.put("b", NOW.minus(Duration.ofHours(5)));
        stored.put("c", NOW.plus(Duration.ofMinutes(20)));
        stored.put("d", null);
        stored.put("e", NOW);

        Map<String, Instant> due = schedule(0.5).catchUp(NOW, stored);

        assertThat(due.keySet()).containsExactly("a", "b", "c", "d", "e");
        assertThat(due).containsEntry("d", NOW)
                .containsEntry("b", NOW.plusSeconds(1))
                .containsEntry("a", NOW.plusSeconds(2))
                .containsEntry("e", NOW.plusSeconds(3))
                .containsEntry("c", NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void catchingUpAThousandFeedsTakesNoLongerThanTheWindow() {
        Map<Integer, Instant> stored = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            stored.put(i, NOW.minus(Duration.ofHours(8)).plusSeconds(i));
        }

        Map<Integer, Instant> due = schedule(0.5).catchUp(NOW, stored);

        List<Instant> times = due.values().stream().sorted().toList();
        assertThat(times.get(0)).isEqualTo(NOW);
        assertThat(times.get(999)).isBefore(NOW.plus(RefreshSchedule.CATCH_UP_WINDOW));
        assertThat(times).doesNotHaveDuplicates();
        assertThat(Duration.between(times.get(0), times.get(1))).isEqualTo(Duration.ofMillis(300));
    }
}
