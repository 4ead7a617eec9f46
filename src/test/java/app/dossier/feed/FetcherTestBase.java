package app.dossier.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A loopback server, an executor and short limits for every fetcher test. */
abstract class FetcherTestBase {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String RSS = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>"
            + "<item><title>One</title></item></channel></rss>";
    static final byte[] RSS_BYTES = RSS.getBytes(StandardCharsets.UTF_8);

    ExecutorService executor;
    LoopbackServer server;

    @BeforeEach
    void startServer() throws IOException {
        executor = Executors.newFixedThreadPool(4);
        server = new LoopbackServer();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        server.close();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Short timeouts, no start spacing, a clock fixed at {@link #T0}. */
    static FetchSettings fast() {
        return FetchSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withLimits(2, 16, Duration.ZERO)
                .withClock(Clock.fixed(T0, ZoneOffset.UTC));
    }

    FeedFetcher fetcher() {
        return new FeedFetcher(fast(), executor);
    }

    FeedFetcher fetcher(FetchSettings settings) {
        return new FeedFetcher(settings, executor);
    }

    static FetchResult fetch(FeedFetcher fetcher, FetchRequest request) throws Exception {
        return fetcher.fetch(request).get(20, TimeUnit.SECONDS);
    }

    FetchResult fetch(FeedFetcher fetcher, String path) throws Exception {
        return fetch(fetcher, FetchRequest.of(server.url(path)));
    }
}
