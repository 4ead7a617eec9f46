package app.dossier.feed;

import app.dossier.model.HostBackoff;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Fetches feeds politely: conditional GET, gzip and deflate, redirects followed here (at most five,
 * loops caught), size and time limits, at most two requests per host and a bounded number in all,
 * started a little apart, and hosts that answered 429/503 left alone until their Retry-After has
 * passed. See {@code docs/fetching.md}.
 *
 * <p>Threads: {@link #fetch} may be called from any thread and never blocks; waiting for a slot
 * costs no thread. The returned future completes on a thread of the executor given here (which the
 * HTTP client also uses) and never completes exceptionally: every failure is a {@link FetchResult}.
 * Do slow work (parsing, the database) elsewhere, not in a dependent stage on that thread. One
 * fetcher serves the whole application, because its limits only hold if every request goes
 * through it.
 */
public final class FeedFetcher {

    /** The version in the User-Agent when the classes do not come from the release jar. */
    static final String DEVELOPMENT_VERSION = "dev";

    private final FetchContext ctx;
    private final DeferredTls tls = DeferredTls.create();
    private volatile boolean closed;

    /**
     * @param settings limits and politeness rules
     * @param executor runs the fetches' callbacks; owned by the composition root
     */
    public FeedFetcher(FetchSettings settings, Executor executor) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .sslContext(tls)
                .sslParameters(DeferredTls.parameters())
                .build();
        this.ctx = new FetchContext(client, settings,
                new HostQueue(settings.perHostLimit(), settings.globalLimit(), settings.startSpacing().toNanos(),
                        executor, System::nanoTime),
                new HostBackoffs(),
                new NetworkStatus(settings.networkProofAge().toNanos(), offlineGrace(settings).toNanos(), System::nanoTime),
                executor, System::nanoTime);
    }

    /** How long a connection failure waits for another server's answer before it is put down to being offline. */
    static Duration offlineGrace(FetchSettings settings) {
        Duration grace = Duration.ofSeconds(3);
        return settings.connectTimeout().compareTo(grace) < 0 ? settings.connectTimeout() : grace;
    }

    /** Fetches one feed; see the class comment for the threading contract. */
    public CompletableFuture<FetchResult> fetch(FetchRequest request) {
        FetchExchange exchange = new FetchExchange(ctx, request);
        return closed ? exchange.refuse() : exchange.run();
    }

    /** Hands back the host waits the store kept, at start-up, before the first fetch. */
    public void restoreHostBackoffs(Collection<HostBackoff> backoffs) {
        ctx.backoffs().restore(backoffs);
    }

    /**
     * Stops the HTTP client: its connections close and its selector thread ends. Call it when no
     * fetch is running any more; a fetch started afterwards fails. Java 17's client has no close
     * method: its selector thread, which the client starts for itself, ends when interrupted, so
     * this interrupts that thread (named after the client's id) and waits for it a moment. Without
     * this, the thread waits in the operating system until the process ends, and the Java runtime
     * delays every exit by a third of a second for a thread in that state.
     */
    public void close() {
        closed = true;
        Thread selector = selectorThread(ctx.client());
        if (selector == null) {
            return;
        }
        selector.interrupt();
        try {
            selector.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this fetcher has set up TLS, which it does at its first secure connection; for tests. */
    boolean tlsMade() {
        return tls.isMade();
    }

    /** This fetcher's selector thread while it runs; for tests. */
    Thread selectorThread() {
        return selectorThread(ctx.client());
    }

    /** The client's own selector thread, or {@code null} when it cannot be told apart. */
    static Thread selectorThread(HttpClient client) {
        // The client's toString ends with "(ID)"; its selector thread is "HttpClient-ID-SelectorManager".
        String s = client.toString();
        int open = s.lastIndexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            return null;
        }
        String name = "HttpClient-" + s.substring(open + 1, s.length() - 1) + "-SelectorManager";
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The hosts that are still asking us to wait, sorted by host. */
    public List<HostBackoff> hostBackoffs() {
        return ctx.backoffs().active(ctx.now());
    }

    /**
     * Whether the machine looks offline: connections have been failing and no server answered
     * within the proof window. Failures meanwhile are reported as {@link FetchResult.Outcome#OFFLINE}.
     */
    public boolean looksOffline() {
        return ctx.network().looksOffline();
    }

    /** {@code Dossier/VERSION (+https://github.com/dossier-reader/dossier)}. */
    public static String defaultUserAgent() {
        String version = FeedFetcher.class.getPackage().getImplementationVersion();
        if (version == null || version.isBlank()) {
            version = DEVELOPMENT_VERSION;
        }
        return "Dossier/" + version + " (+https://github.com/dossier-reader/dossier)";
    }

    /** An address cut to a length that fits in a one-line message. */
    static String shorten(String s) {
        String oneLine = s.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    /** "20 MB", "512 KB". */
    static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** "30 s", "5 min", "2 h". */
    static String roughDuration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return Math.max(1, s) + " s";
        }
        if (s < 2 * 3600) {
            return (s + 30) / 60 + " min";
        }
        return (s + 1800) / 3600 + " h";
    }
}
