package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.FetchState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedFetcherRedirectTest extends FetcherTestBase {

    private void redirect(String from, int status, String to) {
        server.on(from, LoopbackServer.answer(status, null, "Location", to));
    }

    @Test
    void followsAChainAndReportsWhereItEnded() throws Exception {
        redirect("/a", 302, "/b");
        redirect("/b", 307, server.url("/c"));
        server.on("/c", LoopbackServer.answer(200, RSS_BYTES));

        FetchResult result = fetch(fetcher(), "/a");

        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.requestedUrl()).isEqualTo(server.url("/a"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/c"));
        assertThat(result.permanentRedirect()).isNull();
        assertThat(server.requests()).extracting(LoopbackServer.Seen::method).containsOnly("GET");
    }

    @Test
    void resolvesRelativeLocations() throws Exception {
        redirect("/dir/a", 302, "b?x=1");
        server.on("/dir/b", LoopbackServer.answer(200, RSS_BYTES));

        FetchResult result = fetch(fetcher(), "/dir/a");

        assertThat(result.finalUrl()).isEqualTo(server.url("/dir/b?x=1"));
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
    }

    @ParameterizedTest(name = "{0} then {1}: permanent target {2}")
    @CsvSource({
        "301, 301, /c",
        "308, 308, /c",
        "301, 302, /b",
        "308, 307, /b",
        "302, 301, ''",
        "307, 308, ''",
    })
    void reportsTheEndOfAnUnbrokenChainOfPermanentRedirects(int first, int second, String permanent) throws Exception {
        redirect("/a", first, "/b");
        redirect("/b", second, "/c");
        server.on("/c", LoopbackServer.answer(200, RSS_BYTES));

        FetchResult result = fetch(fetcher(), "/a");

        String expected = permanent == null || permanent.isEmpty() ? null : server.url(permanent);
        assertThat(result.permanentRedirect()).isEqualTo(expected);
    }

    @Test
    void aPermanentRedirectSeenOnConsecutiveRefreshesMovesTheFeed() throws Exception {
        redirect("/old", 301, "/new");
        server.on("/new", LoopbackServer.answer(200, RSS_BYTES, "ETag", "\"n\""));
        FeedFetcher fetcher = fetcher();

        FetchState once = fetch(fetcher, "/old").nextState(FetchState.NEW);
        FetchState twice = fetch(fetcher, new FetchRequest(server.url("/old"), once, false)).nextState(once);

        assertThat(once.redirectCandidate()).isEqualTo(server.url("/new"));
        assertThat(once.redirectStreak()).isEqualTo(1);
        assertThat(once.redirectToAdopt()).isNull();
        assertThat(twice.redirectStreak()).isEqualTo(2);
        assertThat(twice.redirectToAdopt()).isEqualTo(server.url("/new"));
        assertThat(twice.withRedirectAdopted().redirectToAdopt()).isNull();
        assertThat(twice.withRedirectAdopted().etag()).isEqualTo("\"n\"");
    }

    @Test
    void aRefreshWithoutTheRedirectResetsTheStreak() throws Exception {
        redirect("/old", 301, "/new");
        server.on("/new", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();
        FetchState once = fetch(fetcher, "/old").nextState(FetchState.NEW);

        redirect("/old", 200, null);
        server.on("/old", LoopbackServer.answer(200, RSS_BYTES));
        FetchState after = fetch(fetcher, new FetchRequest(server.url("/old"), once, false)).nextState(once);

        assertThat(after.redirectCandidate()).isNull();
        assertThat(after.redirectStreak()).isZero();
    }

    @Test
    void aPermanentRedirectToAnErrorIsNotReported() throws Exception {
        redirect("/old", 301, "/missing");

        FetchResult result = fetch(fetcher(), "/old");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isEqualTo(404);
        assertThat(result.permanentRedirect()).isNull();
        assertThat(result.nextState(FetchState.NEW).redirectCandidate()).isNull();
    }

    @Test
    void detectsALoop() throws Exception {
        redirect("/x", 302, "/y");
        redirect("/y", 302, "/x");

        FetchResult result = fetch(fetcher(), "/x");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.problem()).isEqualTo(Problem.REDIRECTS);
        assertThat(result.message()).isEqualTo("the server redirects in a loop (back to " + server.url("/x") + ")");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void detectsARedirectToItself() throws Exception {
        redirect("/self", 301, "/self");

        FetchResult result = fetch(fetcher(), "/self");

        assertThat(result.problem()).isEqualTo(Problem.REDIRECTS);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void followsFiveRedirectsButNotSix() throws Exception {
        for (int i = 1; i <= 6; i++) {
            redirect("/r" + i, 302, "/r" + (i + 1));
        }
        server.on("/r6", LoopbackServer.answer(200, RSS_BYTES));
        server.on("/r7", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();

        FetchResult five = fetch(fetcher, "/r1");
        redirect("/r6", 302, "/r7");
        FetchResult six = fetch(fetcher, "/r1");

        assertThat(five.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(five.finalUrl()).isEqualTo(server.url("/r6"));
        assertThat(six.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(six.problem()).isEqualTo(Problem.REDIRECTS);
        assertThat(six.message()).isEqualTo("more than 5 redirects");
    }

    @Test
    void aRedirectWithoutLocationOrToAnotherSchemeIsAnError() throws Exception {
        server.on("/nowhere", LoopbackServer.answer(302, null));
        redirect("/ftp", 302, "ftp://example.org/feed");
        FeedFetcher fetcher = fetcher();

        FetchResult nowhere = fetch(fetcher, "/nowhere");
        FetchResult ftp = fetch(fetcher, "/ftp");

        assertThat(nowhere.message()).isEqualTo("the server redirected (HTTP 302) without saying where");
        assertThat(ftp.message()).isEqualTo("the server redirected to an address we cannot fetch: ftp://example.org/feed");
        assertThat(ftp.nextState(FetchState.NEW).failures()).isEqualTo(1);
    }

    @Test
    void aRedirectHopCarriesNoReferrer() throws Exception {
        redirect("/a", 301, "/b");
        server.on("/b", LoopbackServer.answer(200, RSS_BYTES));

        fetch(fetcher(), "/a");

        assertThat(server.requests("/b").get(0).header("Referer")).isNull();
    }

    @Test
    void followsARedirectToAnotherHost() throws Exception {
        String otherHost = server.url("/there").replace("127.0.0.1", "localhost");
        redirect("/here", 302, otherHost);
        server.on("/there", LoopbackServer.answer(200, RSS_BYTES));

        FetchResult result = fetch(fetcher(fast().withLimits(1, 1, java.time.Duration.ZERO)), "/here");

        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.finalUrl()).isEqualTo(otherHost);
    }

    @Test
    void aRedirectToAWaitingHostIsNotFollowed() throws Exception {
        String otherHost = server.url("/there").replace("127.0.0.1", "localhost");
        redirect("/here", 302, otherHost);
        server.on("/there", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();
        fetcher.restoreHostBackoffs(java.util.List.of(new app.dossier.model.HostBackoff("localhost", T0.plusSeconds(60))));

        FetchResult result = fetch(fetcher, "/here");

        assertThat(result.outcome()).isEqualTo(Outcome.HOST_WAITING);
        assertThat(server.requests("/there")).isEmpty();
    }
}
