package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.FetchState;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFetcherOfflineTest extends FetcherTestBase {

    /** A loopback port nobody listens on: connections are refused at once. */
    private static String refusedUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/feed";
        }
    }

    /** The {@code .invalid} top-level domain never resolves (RFC 6761). */
    private static final String UNRESOLVABLE = "http://feeds.dossier-test.invalid/feed";

    @Test
    void whenNothingAnswersFailuresDoNotCountAgainstFeeds() throws Exception {
        FeedFetcher fetcher = fetcher();
        FetchState failing = FetchState.NEW.withFailure(T0, 500, "before");

        FetchResult refused = fetch(fetcher, new FetchRequest(refusedUrl(), failing, false));
        FetchResult unresolvable = fetch(fetcher, new FetchRequest(UNRESOLVABLE, failing, false));

        assertThat(refused.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(refused.problem()).isEqualTo(Problem.CONNECT);
        assertThat(refused.message()).isEqualTo("offline? could not connect to 127.0.0.1");
        assertThat(unresolvable.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(unresolvable.problem()).isEqualTo(Problem.DNS);
        assertThat(unresolvable.message()).isEqualTo("offline? could not find the server feeds.dossier-test.invalid");
        for (FetchResult r : new FetchResult[] {refused, unresolvable}) {
            FetchState next = r.nextState(failing);
            assertThat(next.failures()).isEqualTo(1);
            assertThat(next.backoffUntil()).isEqualTo(failing.backoffUntil());
            assertThat(r.status()).isZero();
        }
        assertThat(fetcher.looksOffline()).isTrue();
    }

    @Test
    void onceAServerAnsweredAConnectionFailureIsTheHostsFault() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();

        fetch(fetcher, "/feed");
        FetchResult refused = fetch(fetcher, FetchRequest.of(refusedUrl()));
        FetchResult unresolvable = fetch(fetcher, FetchRequest.of(UNRESOLVABLE));

        assertThat(refused.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(refused.message()).isEqualTo("could not connect to 127.0.0.1");
        assertThat(refused.nextState(FetchState.NEW).failures()).isEqualTo(1);
        assertThat(refused.nextState(FetchState.NEW).backoffUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(unresolvable.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(unresolvable.problem()).isEqualTo(Problem.DNS);
        assertThat(fetcher.looksOffline()).isFalse();
    }

    @Test
    void aFailureBeforeTheFirstAnswerCountsOnceAServerAnswers() throws Exception {
        server.on("/slow", ex -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, RSS_BYTES);
        });
        FeedFetcher fetcher = fetcher();

        var slow = fetcher.fetch(FetchRequest.of(server.url("/slow")));
        FetchResult refused = fetch(fetcher, FetchRequest.of(refusedUrl())); // back long before /slow answers
        FetchResult unresolvable = fetch(fetcher, FetchRequest.of(UNRESOLVABLE));

        assertThat(slow.get(20, java.util.concurrent.TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(refused.outcome()).as("the network works: the host is at fault").isEqualTo(Outcome.FAILED);
        assertThat(unresolvable.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(unresolvable.message()).isEqualTo("could not find the server feeds.dossier-test.invalid");
    }

    @Test
    void offlineFeedsWaitForTheGraceOnceNotEach() throws Exception {
        FeedFetcher fetcher = fetcher(); // a grace of 2 s: the connect timeout of these tests
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<FetchResult>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(fetcher.fetch(FetchRequest.of(refusedUrl())));
        }
        for (var f : all) {
            assertThat(f.get(20, java.util.concurrent.TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.OFFLINE);
        }
        FetchResult later = fetch(fetcher, FetchRequest.of(refusedUrl()));

        assertThat(later.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anyAnswerProvesTheNetworkEvenAnError() throws Exception {
        server.on("/feed", LoopbackServer.answer(500, null));
        FeedFetcher fetcher = fetcher();

        fetch(fetcher, "/feed");

        assertThat(fetch(fetcher, FetchRequest.of(refusedUrl())).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anOldAnswerNoLongerProvesTheNetwork() {
        long[] now = {0};
        NetworkStatus status = new NetworkStatus(Duration.ofMinutes(10).toNanos(), 0, () -> now[0]);

        status.answered();
        now[0] = Duration.ofMinutes(9).toNanos();
        boolean countsSoonAfter = status.connectFailedCounts().join();
        now[0] = Duration.ofMinutes(11).toNanos();
        boolean countsLater = status.connectFailedCounts().join();

        assertThat(countsSoonAfter).isTrue();
        assertThat(countsLater).isFalse();
        assertThat(status.looksOffline()).isTrue();
        status.answered();
        assertThat(status.looksOffline()).isFalse();
    }
}
