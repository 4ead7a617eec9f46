package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.model.FetchState;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FeedFetcherConditionalGetTest extends FetcherTestBase {

    private static final String ETAG = "W/\"5e1-a  b;c=\\\"d\\\"\"";
    private static final String LAST_MODIFIED = "Tue, 15 Nov 1994 12:45:26 GMT";

    @Test
    void validatorsGoBackExactlyAsTheyCame() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "ETag", ETAG, "Last-Modified", LAST_MODIFIED));
        FeedFetcher fetcher = fetcher();

        FetchResult first = fetch(fetcher, "/feed");
        FetchState state = first.nextState(FetchState.NEW);
        fetch(fetcher, new FetchRequest(server.url("/feed"), state, false));

        assertThat(first.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(state.etag()).isEqualTo(ETAG);
        assertThat(state.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(state.validatorsStoredAt()).isEqualTo(T0);
        LoopbackServer.Seen second = server.requests("/feed").get(1);
        assertThat(second.header("If-None-Match")).isEqualTo(ETAG);
        assertThat(second.header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(server.requests("/feed").get(0).header("If-None-Match")).isNull();
    }

    @Test
    void notModifiedIsASuccessThatKeepsTheValidatorsAndTheirAge() throws Exception {
        server.on("/feed", ex -> LoopbackServer.send(ex, 304, null, "ETag", "\"v1\""));
        FetchState stored = state("\"v1\"", LAST_MODIFIED, T0.minus(Duration.ofDays(3)), "abc");

        FetchResult result = fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, false));
        FetchState next = result.nextState(stored.withFailure(T0, 500, "earlier trouble"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(result.outcome().isSuccess()).isTrue();
        assertThat(result.body()).isNull();
        assertThat(result.needsParsing()).isFalse();
        assertThat(next.etag()).isEqualTo("\"v1\"");
        assertThat(next.validatorsStoredAt()).isEqualTo(T0.minus(Duration.ofDays(3)));
        assertThat(next.bodyHash()).isEqualTo("abc");
        assertThat(next.failures()).isZero();
        assertThat(next.backoffUntil()).isNull();
        assertThat(next.lastError()).isNull();
    }

    @Test
    void aNotModifiedWithNewValidatorsUpdatesThem() throws Exception {
        server.on("/feed", ex -> LoopbackServer.send(ex, 304, null, "ETag", "\"v2\""));
        FetchState stored = state("\"v1\"", LAST_MODIFIED, T0.minus(Duration.ofDays(3)), "abc");

        FetchState next = fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, false)).nextState(stored);

        assertThat(next.etag()).isEqualTo("\"v2\"");
        assertThat(next.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(next.validatorsStoredAt()).isEqualTo(T0);
    }

    @ParameterizedTest(name = "validators stored {0} days ago are sent: {1}")
    @CsvSource({"0, true", "7, true", "8, false", "30, false"})
    void validatorsAreDroppedAfterEightDays(int days, boolean sent) throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FetchState stored = state("\"v1\"", LAST_MODIFIED, T0.minus(Duration.ofDays(days)), null);

        fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, false));

        LoopbackServer.Seen seen = server.requests("/feed").get(0);
        assertThat(seen.header("If-None-Match") != null).isEqualTo(sent);
        assertThat(seen.header("If-Modified-Since") != null).isEqualTo(sent);
    }

    @Test
    void aServerThatAlwaysAnswersNotModifiedGetsAPlainRequestAfterEightDays() throws Exception {
        AtomicInteger plain = new AtomicInteger();
        server.on("/feed", ex -> {
            if (ex.getRequestHeaders().getFirst("If-None-Match") == null) {
                plain.incrementAndGet();
                LoopbackServer.send(ex, 200, RSS_BYTES, "ETag", "\"v9\"");
            } else {
                LoopbackServer.send(ex, 304, null);
            }
        });
        FetchState old = state("\"v1\"", null, T0.minus(Duration.ofDays(9)), "abc");

        FetchResult result = fetch(fetcher(), new FetchRequest(server.url("/feed"), old, false));

        assertThat(plain.get()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.nextState(old).etag()).isEqualTo("\"v9\"");
        assertThat(result.nextState(old).validatorsStoredAt()).isEqualTo(T0);
    }

    @Test
    void aValidatorThatCannotBeSentByteExactIsLeftOut() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FetchState stored = state("\"caf\u00e9\"", null, T0, null);

        fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, false));

        assertThat(server.requests("/feed").get(0).header("If-None-Match")).isNull();
    }

    @Test
    void theSameBodyTwiceIsUnchangedAndNeedsNoParsing() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
        FeedFetcher fetcher = fetcher();

        FetchResult first = fetch(fetcher, "/feed");
        FetchState state = first.nextState(FetchState.NEW);
        FetchResult second = fetch(fetcher, new FetchRequest(server.url("/feed"), state, false));

        assertThat(first.bodyHash()).hasSize(32).isEqualTo(BodyHash.of(RSS_BYTES));
        assertThat(first.needsParsing()).isTrue();
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.needsParsing()).isFalse();
        assertThat(second.bodyHash()).isEqualTo(first.bodyHash());
    }

    @Test
    void aChangedBodyIsUpdated() throws Exception {
        AtomicInteger n = new AtomicInteger();
        server.on("/feed", ex -> LoopbackServer.send(ex, 200, (RSS + "<!-- " + n.incrementAndGet() + " -->").getBytes()));
        FeedFetcher fetcher = fetcher();

        FetchState state = fetch(fetcher, "/feed").nextState(FetchState.NEW);
        FetchResult second = fetch(fetcher, new FetchRequest(server.url("/feed"), state, false));

        assertThat(second.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(second.bodyHash()).isNotEqualTo(state.bodyHash());
    }

    @Test
    void forceSendsNoValidatorsAndReportsTheBodyAsChanged() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "ETag", "\"v1\""));
        FetchState stored = state("\"v1\"", LAST_MODIFIED, T0, BodyHash.of(RSS_BYTES));

        FetchResult result = fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, true));

        assertThat(server.requests("/feed").get(0).header("If-None-Match")).isNull();
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
    }

    @Test
    void newValidatorsAreReportedEvenWhenTheBodyIsUnchanged() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "ETag", "\"v2\""));
        FetchState stored = state("\"v1\"", null, T0.minus(Duration.ofDays(1)), BodyHash.of(RSS_BYTES));

        FetchResult result = fetch(fetcher(), new FetchRequest(server.url("/feed"), stored, false));

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.nextState(stored).etag()).isEqualTo("\"v2\"");
        assertThat(result.nextState(stored).validatorsStoredAt()).isEqualTo(T0);
    }

    @Test
    void theResultReportsSizesTypeAndCacheHeaders() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "application/rss+xml; charset=utf-8",
                "Cache-Control", "public, max-age=7200", "Age", "200"));

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.wireBytes()).isEqualTo(RSS_BYTES.length);
        assertThat(result.decodedBytes()).isEqualTo(RSS_BYTES.length);
        assertThat(result.cache().maxAge()).isEqualTo(Duration.ofSeconds(7000));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.finalUrl()).isEqualTo(server.url("/feed"));
        assertThat(result.finishedAt()).isEqualTo(T0);
        assertThat(result.duration()).isPositive();
        assertThat(result.message()).isNull();
    }

    private static FetchState state(String etag, String lastModified, java.time.Instant storedAt, String hash) {
        return new FetchState(etag, lastModified, storedAt, hash, 0, null, false, null, 0, 200, null);
    }
}
