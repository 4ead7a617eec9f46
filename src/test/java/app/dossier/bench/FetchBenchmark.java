package app.dossier.bench;

import app.dossier.feed.FeedFetcher;
import app.dossier.feed.FetchRequest;
import app.dossier.feed.FetchResult;
import app.dossier.feed.FetchSettings;
import app.dossier.model.FetchState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fetching a whole library with the default politeness rules, against the shared loopback feed
 * server ({@code ../shared/bench/serve.py}); the commands are in {@code docs/fetching.md}. Each
 * iteration uses a new fetcher, so it starts with the start-up ramp, as the application does.
 * Fetching only: no parsing, no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FetchBenchmark {

    /** The {@code urls.txt} that {@code genfeeds.py} wrote. */
    @Param("/tmp/dossier-feeds/urls.txt")
    public String urls;

    private List<String> feeds;
    private ExecutorService pool;
    private FeedFetcher fetcher;
    private final Map<String, FetchState> stored = new HashMap<>();

    @Setup(Level.Trial)
    public void readLibrary() throws IOException {
        feeds = Files.readAllLines(Path.of(urls)).stream().filter(l -> !l.isBlank()).toList();
        pool = Executors.newFixedThreadPool(4);
        FeedFetcher primer = new FeedFetcher(FetchSettings.defaults(), pool);
        for (FetchResult r : fetchAll(primer, FetchState.NEW, Map.of())) {
            stored.put(r.requestedUrl(), r.nextState(FetchState.NEW));
        }
    }

    @Setup(Level.Iteration)
    public void freshFetcher() {
        fetcher = new FeedFetcher(FetchSettings.defaults(), pool);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** First refresh: every feed answers 200 with a gzip body. */
    @Benchmark
    public Map<FetchResult.Outcome, Integer> cold() {
        return count(fetchAll(fetcher, FetchState.NEW, Map.of()));
    }

    /** Next refresh with the stored validators: every feed answers 304. */
    @Benchmark
    public Map<FetchResult.Outcome, Integer> warm() {
        return count(fetchAll(fetcher, null, stored));
    }

    private List<FetchResult> fetchAll(FeedFetcher f, FetchState state, Map<String, FetchState> states) {
        List<CompletableFuture<FetchResult>> pending = new ArrayList<>(feeds.size());
        for (String url : feeds) {
            pending.add(f.fetch(new FetchRequest(url, state != null ? state : states.get(url), false)));
        }
        List<FetchResult> results = new ArrayList<>(pending.size());
        for (CompletableFuture<FetchResult> p : pending) {
            results.add(p.join());
        }
        return results;
    }

    private static Map<FetchResult.Outcome, Integer> count(List<FetchResult> results) {
        Map<FetchResult.Outcome, Integer> counts = new EnumMap<>(FetchResult.Outcome.class);
        for (FetchResult r : results) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        return counts;
    }
}
