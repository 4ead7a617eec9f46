package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedFetcherStatusTest extends FetcherTestBase {

    private static final String HOST = "127.0.0.1";

    @ParameterizedTest(name = "{0} with Retry-After \"{1}\" waits {2} min")
    @CsvSource({
        "429, 120, 2",
        "503, 120, 2",
        "429, DATE+90, 90",
        "503, DATE+90, 90",
        "429, , 30",
        "503, , 30",
        "429, not a date, 30",
        "429, 999999, 1440",
        "429, DATE-10, 0",
    })
    void honoursRetryAfterPerHost(int status, String retryAfter, long minutes) throws Exception {
        String value = retryAfter == null ? null : retryAfter.startsWith("DATE")
                ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        T0.plus(Duration.ofMinutes(Long.parseLong(retryAfter.substring(4)))).atOffset(ZoneOffset.UTC))
                : retryAfter;
        server.on("/feed", value == null ? LoopbackServer.answer(status, null)
                : LoopbackServer.answer(status, null, "Retry-After", value));
        FetchState before = new FetchState(null, null, null, null, 2, T0, false, null, 0, 500, "x");

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(result.hostBackoff()).isEqualTo(new HostBackoff(HOST, T0.plus(Duration.ofMinutes(minutes))));
        assertThat(result.cache().retryAfter()).isEqualTo(T0.plus(Duration.ofMinutes(minutes)));
        FetchState after = result.nextState(before);
        assertThat(after.failures()).as("not the feed's fault").isEqualTo(2);
        assertThat(after.lastStatus()).isEqualTo(status);
        assertThat(result.message()).contains("waiting").doesNotContain("Exception");
    }

    @Test
    void aWaitingHostIsNotAskedAgainForAnyFeed() throws Exception {
        server.on("/a", LoopbackServer.answer(429, null, "Retry-After", "600"));
        server.on("/b", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();

        fetch(fetcher, "/a");
        FetchResult other = fetch(fetcher, "/b");
        FetchResult forced = fetch(fetcher, new FetchRequest(server.url("/b"), FetchState.NEW, true));

        assertThat(other.outcome()).isEqualTo(Outcome.HOST_WAITING);
        assertThat(forced.outcome()).isEqualTo(Outcome.HOST_WAITING);
        assertThat(other.cache().retryAfter()).isEqualTo(T0.plusSeconds(600));
        assertThat(server.requests("/b")).isEmpty();
        assertThat(fetcher.hostBackoffs()).containsExactly(new HostBackoff(HOST, T0.plusSeconds(600)));
        assertThat(other.nextState(FetchState.NEW).failures()).isZero();
    }

    @Test
    void feedsQueuedForAHostThatSaysWaitAreNotSent() throws Exception {
        server.on("/a", LoopbackServer.answer(429, null, "Retry-After", "600"));
        for (int i = 1; i <= 5; i++) {
            server.on("/b" + i, LoopbackServer.answer(200, RSS_BYTES));
        }
        FeedFetcher fetcher = fetcher(fast().withLimits(1, 16, Duration.ZERO)); // one at a time: the rest queue

        var first = fetcher.fetch(FetchRequest.of(server.url("/a")));
        List<java.util.concurrent.CompletableFuture<FetchResult>> queued = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            queued.add(fetcher.fetch(FetchRequest.of(server.url("/b" + i))));
        }

        assertThat(first.get(20, java.util.concurrent.TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.RATE_LIMITED);
        for (var f : queued) {
            assertThat(f.get(20, java.util.concurrent.TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.HOST_WAITING);
        }
        assertThat(server.requests()).extracting(LoopbackServer.Seen::path).containsExactly("/a");
    }

    @Test
    void waitsSurviveARestart() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher restarted = fetcher();
        restarted.restoreHostBackoffs(List.of(new HostBackoff(HOST, T0.plusSeconds(60)),
                new HostBackoff("old.example", T0.minusSeconds(60))));

        FetchResult result = fetch(restarted, "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.HOST_WAITING);
        assertThat(server.requests()).isEmpty();
        assertThat(restarted.hostBackoffs()).containsExactly(new HostBackoff(HOST, T0.plusSeconds(60)));
    }

    @Test
    void anExpiredWaitLetsRequestsThrough() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();
        fetcher.restoreHostBackoffs(List.of(new HostBackoff(HOST, T0)));

        assertThat(fetch(fetcher, "/feed").outcome()).isEqualTo(Outcome.UPDATED);
    }

    @Test
    void goneStopsPollingAndSaysSo() throws Exception {
        server.on("/feed", LoopbackServer.answer(410, "gone".getBytes()));

        FetchResult result = fetch(fetcher(), "/feed");
        FetchState state = result.nextState(FetchState.NEW);

        assertThat(result.outcome()).isEqualTo(Outcome.GONE);
        assertThat(state.gone()).isTrue();
        assertThat(state.lastStatus()).isEqualTo(410);
        assertThat(state.lastError())
                .isEqualTo("the publisher removed this feed (HTTP 410 Gone); it will not be checked again");
        assertThat(state.withGoneCleared().gone()).isFalse();
    }

    @ParameterizedTest(name = "{0} counts against the feed")
    @CsvSource({
        "403, 'the server answered 403 Forbidden'",
        "404, 'the server answered 404 Not Found'",
        "500, 'the server answered 500 Internal Server Error'",
        "502, 'the server answered 502 Bad Gateway'",
        "418, 'the server answered HTTP 418'",
    })
    void errorStatusesCountAndBackOff(int status, String message) throws Exception {
        server.on("/feed", LoopbackServer.answer(status, "no".getBytes()));

        FetchResult result = fetch(fetcher(), "/feed");
        FetchState state = result.nextState(FetchState.NEW);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.problem()).isEqualTo(Problem.HTTP_STATUS);
        assertThat(result.message()).isEqualTo(message);
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.backoffUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(state.lastError()).isEqualTo(message);
    }

    @Test
    void backOffDoublesFromOneHourToADay() throws Exception {
        server.on("/feed", LoopbackServer.answer(404, null));
        FeedFetcher fetcher = fetcher();
        FetchState state = FetchState.NEW;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            state = fetch(fetcher, new FetchRequest(server.url("/feed"), state, false)).nextState(state);
            seen.append(Duration.between(T0, state.backoffUntil()).toHours()).append(' ');
        }

        assertThat(seen.toString().trim()).isEqualTo("1 2 4 8 16 24 24 24");
        assertThat(state.failures()).isEqualTo(8);
    }

    @ParameterizedTest(name = "after {0} failures: {1} h")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 24", "7, 24", "1000, 24"})
    void theBackOffTable(int failures, long hours) {
        assertThat(FetchState.backoff(failures)).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void aSuccessClearsTheErrorStreak() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FetchState failing = FetchState.NEW.withFailure(T0, 500, "a").withFailure(T0, 500, "b");

        FetchState state = fetch(fetcher(), new FetchRequest(server.url("/feed"), failing, false)).nextState(failing);

        assertThat(state.failures()).isZero();
        assertThat(state.backoffUntil()).isNull();
        assertThat(state.lastError()).isNull();
        assertThat(state.lastStatus()).isEqualTo(200);
    }

    @Test
    void anHtmlPageInsteadOfAFeedSaysSoAndOffersItsFeeds() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Blog</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"/posts.rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" href=\"/comments.atom\">"
                + "</head><body>hello</body></html>";
        server.on("/feed", LoopbackServer.answer(200, page.getBytes(), "Content-Type", "text/html; charset=utf-8"));

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.HTML_PAGE);
        assertThat(result.problem()).isEqualTo(Problem.NOT_A_FEED);
        assertThat(result.message()).isEqualTo("not a feed but a web page that advertises 2 feeds");
        assertThat(result.advertisedFeeds()).extracting(FeedCandidate::url)
                .containsExactly(server.url("/posts.rss"), server.url("/comments.atom"));
        assertThat(result.nextState(FetchState.NEW).failures()).isEqualTo(1);
    }

    @Test
    void aFeedServedAsHtmlIsStillAFeed() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "text/html"));

        assertThat(fetch(fetcher(), "/feed").outcome()).isEqualTo(Outcome.UPDATED);
    }

    @Test
    void aBadAddressIsAnErrorWithoutANetworkRequest() throws Exception {
        FetchResult result = fetch(fetcher(), FetchRequest.of("not a url at all"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.problem()).isEqualTo(Problem.BAD_URL);
        assertThat(result.message()).isEqualTo("not a web address: not a url at all");
    }
}
