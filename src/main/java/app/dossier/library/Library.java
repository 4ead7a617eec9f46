package app.dossier.library;

import app.dossier.feed.FeedCandidate;
import app.dossier.feed.FeedDiscovery;
import app.dossier.feed.FeedFetcher;
import app.dossier.feed.FeedFinder;
import app.dossier.feed.FetchResult;
import app.dossier.feed.FeedParseException;
import app.dossier.feed.FetchSettings;
import app.dossier.feed.FeedParser;
import app.dossier.feed.OpmlFormatException;
import app.dossier.feed.OpmlReader;
import app.dossier.feed.OpmlWriter;
import app.dossier.model.Article;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import app.dossier.model.AttributedQuote;
import app.dossier.model.Feed;
import app.dossier.model.FeedOverview;
import app.dossier.model.FeedStatus;
import app.dossier.model.HostBackoff;
import app.dossier.model.LibraryStats;
import app.dossier.model.OpmlDocument;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.QuoteFilter;
import app.dossier.store.ArticleDraft;
import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import app.dossier.store.Store;
import app.dossier.store.StoreCounts;
import app.dossier.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The application's API: everything the command line and the window can ask of the library.
 * Each method is a complete, transactional operation that either succeeds or throws a
 * {@link LibraryException} with one line for the user; nothing a user already has is lost on
 * failure. Methods block on disk and SQLite: call them from a background thread, never the
 * JavaFX thread.
 */
public final class Library implements AutoCloseable {

    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "library.db";

    private static final int INDEX_BATCH = 500;
    private static final int MAX_WATCH_TERM = 100;

    private final Path dataDirectory;
    private final Store store;
    private final Clock clock;
    private final Workers workers;
    private final FeedParser parser = new FeedParser();
    private final FetchSettings fetchSettings;
    /**
     * Made when a command first needs the network: most commands never do, and an HTTP client,
     * once made, costs a command line its start-up time and holds a thread until it is closed.
     */
    private FeedFetcher fetcher;
    private final WriteQueue writes;
    private final RefreshSchedule schedule = RefreshSchedule.standard();
    private final AnalysisService analysis;

    private Library(Path dataDirectory, Store store, Clock clock, Workers workers, FetchSettings settings) {
        this.dataDirectory = dataDirectory;
        this.store = store;
        this.clock = clock;
        this.workers = workers;
        this.fetchSettings = settings.withClock(clock);
        this.writes = new WriteQueue(store, workers.writer());
        this.analysis = new AnalysisService(store, workers, writes);
    }

    /** Opens the library in {@code dataDirectory}, creating the directory and the database if needed. */
    public static Library open(Path dataDirectory, Clock clock, Workers workers) {
        return open(dataDirectory, clock, workers, FetchSettings.defaults());
    }

    /** As {@link #open(Path, Clock, Workers)}, with network limits of the caller's choosing. */
    public static Library open(Path dataDirectory, Clock clock, Workers workers, FetchSettings settings) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new LibraryException("cannot create the data directory " + dataDirectory + ": " + LibraryException.describe(e), e);
        }
        Path file = dataDirectory.resolve(DATABASE_FILE);
        if (Files.isDirectory(file)) {
            throw new LibraryException("cannot open the library: " + file + " is a directory");
        }
        Store store;
        try {
            store = Store.open(file, clock);
        } catch (StoreException e) {
            throw new LibraryException(e.getMessage(), e);
        }
        return new Library(dataDirectory, store, clock, workers, settings);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    // ---- subscriptions ----

    public List<FeedOverview> feeds() {
        return guard(store::feedOverviews);
    }

    /**
     * Subscribes to a feed URL, or to a local feed file whose articles are read at once.
     */
    public AddResult add(String urlOrFile) {
        String input = urlOrFile == null ? "" : urlOrFile.strip();
        Path file = asExistingFile(input);
        if (file != null) {
            parse(file); // refuse a file that is not a feed before subscribing to it
            String url = file.toUri().toString();
            Optional<Feed> existing = guard(() -> store.feedByUrl(url));
            Feed feed = existing.orElseGet(() -> guard(() -> store.addFeed(url, null, null, Map.of())));
            RefreshReport report = refresh(feed.id(), true, event -> { });
            Feed stored = guard(() -> store.feed(feed.id())).orElse(feed);
            return new AddResult(stored, existing.isPresent(), report.newArticles(), lastProblem(feed.id()), List.of());
        }
        String url = FeedUrls.normalise(input);
        Optional<Feed> existing = guard(() -> store.feedByUrl(url));
        if (existing.isPresent()) {
            return new AddResult(existing.get(), true, 0, null, List.of());
        }
        FeedDiscovery discovery = new FeedFinder(fetcher()).find(url).join();
        // A host that asked to wait during discovery (429/503) must not be asked again at once,
        // by this refresh or the next command.
        for (HostBackoff wait : fetcher().hostBackoffs()) {
            guard(() -> {
                store.saveHostBackoff(wait);
                return null;
            });
        }
        if (discovery.feeds().isEmpty()) {
            throw new LibraryException(discovery.error() != null ? discovery.error()
                    : "found no feed at " + url);
        }
        FeedCandidate best = discovery.feeds().get(0);
        List<FeedChoice> others = discovery.feeds().stream().skip(1)
                .map(c -> new FeedChoice(c.url(), c.title(), c.format().name().toLowerCase(Locale.ROOT)))
                .toList();
        Optional<Feed> already = guard(() -> store.feedByUrl(best.url()));
        if (already.isPresent()) {
            return new AddResult(already.get(), true, 0, null, others);
        }
        Feed feed = guard(() -> store.addFeed(best.url(), null, null, Map.of()));
        // The feed was fetched a moment ago while looking for it: store that rather than ask again.
        FetchResult fetched = discovery.fetched().get(best.url());
        RefreshReport report = refresh(feed.id(), true, event -> { },
                fetched == null ? Map.of() : Map.of(best.url(), fetched));
        String problem = lastProblem(feed.id());
        Feed stored = guard(() -> store.feed(feed.id())).orElse(feed);
        return new AddResult(stored, false, report.newArticles(), problem, others);
    }

    private String lastProblem(long feedId) {
        return guard(store::feedStatuses).stream().filter(s -> s.feed().id() == feedId).findFirst()
                .map(s -> s.lastOutcome() == null ? null : s.lastOutcome().error()).orElse(null);
    }

    /**
     * Subscribes to a feed URL without contacting it (for use offline): it is fetched at the next
     * refresh. The address is taken as the feed's own; no discovery happens.
     */
    public AddResult subscribe(String feedUrl) {
        String url = FeedUrls.normalise(feedUrl == null ? "" : feedUrl);
        return guard(() -> store.transaction(() -> {
            Optional<Feed> existing = store.feedByUrl(url);
            if (existing.isPresent()) {
                return new AddResult(existing.get(), true, 0, null, List.of());
            }
            return new AddResult(store.addFeed(url, null, null, Map.of()), false, 0, null, List.of());
        }));
    }

    /** Unsubscribes; starred articles of the feed are kept. */
    public RemoveResult remove(String feedRef) {
        Feed feed = feed(feedRef);
        int kept = guard(() -> store.removeFeed(feed.id()));
        return new RemoveResult(feed, kept);
    }

    /** Finds a subscription by id, URL, or (unique) name. */
    public Feed feed(String feedRef) {
        return FeedRefs.resolve(guard(store::feeds), feedRef);
    }

    // ---- polling ----

    /** Every subscription with its fetch state, schedule and last outcome, in list order. */
    public List<FeedStatus> feedStatuses() {
        return guard(store::feedStatuses);
    }

    /**
     * Refreshes the feeds that are due — or, with {@code force}, every feed now (a feed's own
     * interval and error back-off are ignored, never a host's request to wait). With a
     * {@code feedRef}, only that feed (a feed the publisher removed is tried again when forced).
     * Returns when everything fetched is stored and searchable; {@code listener} hears each feed as
     * it is stored. Blocks: call it from a background thread.
     */
    public RefreshReport refresh(String feedRef, boolean force, Consumer<RefreshEvent> listener) {
        Long only = feedRef == null ? null : feed(feedRef).id();
        return refresh(only, force, listener);
    }

    private RefreshReport refresh(Long only, boolean force, Consumer<RefreshEvent> listener) {
        return refresh(only, force, listener, Map.of());
    }

    /** @param fetched results already in hand, by feed URL: those feeds are not fetched again */
    private RefreshReport refresh(Long only, boolean force, Consumer<RefreshEvent> listener,
            Map<String, FetchResult> fetched) {
        Instant now = clock.instant();
        Map<String, HostBackoff> waits = new java.util.HashMap<>();
        for (HostBackoff b : guard(store::hostBackoffs)) {
            waits.put(b.host(), b);
        }
        List<FeedStatus> targets = new ArrayList<>();
        for (FeedStatus s : guard(store::feedStatuses)) {
            if (only != null && s.feed().id() != only) {
                continue;
            }
            HostBackoff wait = waits.get(RefreshPipeline.host(s.feed().url()));
            if (force) {
                RefreshSchedule.Scope scope = only != null ? RefreshSchedule.Scope.ONE_FEED
                        : RefreshSchedule.Scope.EVERYTHING;
                if (schedule.refreshNow(now, s.state(), wait, scope).isPresent()) {
                    // A gone feed the user refreshes by name is tried again, unless its host is
                    // waited for: then nothing is asked and it stays stopped.
                    boolean hostWaits = wait != null && wait.until().isAfter(now);
                    targets.add(only != null && s.state().gone() && !hostWaits
                            ? new FeedStatus(s.feed(), s.state().withGoneCleared(), s.nextCheck(), s.interval(),
                                    s.hints(), s.lastOutcome())
                            : s);
                }
            } else if (schedule.isDue(now, s.nextCheck(), s.state(), wait)) {
                targets.add(s);
            }
        }
        RefreshPipeline pipeline = new RefreshPipeline(store, fetcher(), parser, schedule, workers, writes, clock);
        try {
            return pipeline.run(targets, waits, listener, fetched);
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException se) {
                throw new LibraryException(se.getMessage(), se);
            }
            throw new LibraryException("the refresh failed: " + (cause == null ? e : cause).getMessage(), e);
        }
    }

    /** Refreshes whatever is due now (the scheduled path; never forced). */
    RefreshReport refreshDue(Consumer<RefreshEvent> listener) {
        return refresh((Long) null, false, listener);
    }

    /** Moves a feed's next check (catching up after sleep spreads overdue feeds out). */
    void reschedule(long feedId, Instant nextCheck) {
        guard(() -> {
            store.rescheduleFeed(feedId, nextCheck);
            return null;
        });
    }

    /**
     * Keeps every feed fresh until {@code stop} says so: refreshes feeds as they come due, and
     * after the machine slept spreads the overdue ones out over a few minutes. Runs on the
     * caller's thread and blocks.
     */
    public void keepFresh(Consumer<RefreshEvent> listener, java.util.function.BooleanSupplier stop)
            throws InterruptedException {
        new RefreshLoop(this, schedule, clock).run(listener, stop);
    }

    /** The feed's own polling interval ({@code null}: the default of 60 minutes; at least 15 minutes). */
    public Feed setInterval(String feedRef, Duration interval) {
        Feed feed = feed(feedRef);
        if (interval != null && interval.compareTo(RefreshSchedule.MIN_INTERVAL) < 0) {
            throw new LibraryException("the shortest interval is " + RefreshSchedule.MIN_INTERVAL.toMinutes()
                    + " minutes");
        }
        if (interval != null && interval.compareTo(RefreshSchedule.MAX_INTERVAL) > 0) {
            throw new LibraryException("the longest interval is " + RefreshSchedule.MAX_INTERVAL.toMinutes()
                    + " minutes (" + RefreshSchedule.MAX_INTERVAL.toDays() + " days)");
        }
        guard(() -> {
            store.setInterval(feed.id(), interval);
            return null;
        });
        return feed;
    }

    private synchronized FeedFetcher fetcher() {
        if (fetcher == null) {
            List<HostBackoff> waits = guard(store::hostBackoffs);
            FeedFetcher f;
            try {
                f = new FeedFetcher(fetchSettings, workers.network());
            } catch (RuntimeException e) {
                throw new LibraryException("cannot start the network client: " + e.getMessage(), e);
            }
            f.restoreHostBackoffs(waits);
            fetcher = f;
        }
        return fetcher;
    }

    // ---- OPML ----

    public ImportResult importOpml(Path file) {
        OpmlDocument document;
        try {
            document = new OpmlReader().read(file);
        } catch (OpmlFormatException e) {
            throw new LibraryException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException("cannot read " + file + ": " + LibraryException.describe(e), e);
        }
        return guard(() -> OpmlMapping.importInto(store, document));
    }

    public void exportOpml(OutputStream out) {
        OpmlDocument document = guard(() -> OpmlMapping.export(store.folders(), store.feeds()));
        try {
            new OpmlWriter().write(document, clock.instant().atZone(ZoneId.of("UTC")), out);
        } catch (IOException e) {
            throw new LibraryException("cannot write the OPML file: " + LibraryException.describe(e), e);
        }
    }

    // ---- local feed files ----

    /** Reads a feed file and returns it normalised; nothing is stored. */
    public ParsedFeed parse(Path file) {
        try {
            return parser.parse(file);
        } catch (FeedParseException e) {
            throw new LibraryException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException("cannot read " + file + ": " + LibraryException.describe(e), e);
        }
    }

    /**
     * Reads local feed files into the library as if they had been fetched: each into the
     * subscription given by {@code feedRef}, or (when {@code null}) into the subscription for
     * that file, created if needed. One file's failure does not stop the others; each file is
     * reported to {@code progress} as soon as it is stored. Afterwards everything stored is
     * searchable.
     */
    public List<IngestResult> ingest(List<Path> files, String feedRef, Consumer<IngestResult> progress) {
        Feed target = feedRef == null ? null : feed(feedRef);
        List<IngestResult> results = new ArrayList<>();
        for (Path file : files) {
            ParsedFeed parsed;
            try {
                parsed = parser.parse(file);
            } catch (FeedParseException e) {
                report(results, progress, new IngestResult(file, null, 0, 0, 0, e.getMessage()));
                continue;
            } catch (IOException e) {
                report(results, progress, new IngestResult(file, null, 0, 0, 0, LibraryException.describe(e)));
                continue;
            }
            String url = file.toAbsolutePath().normalize().toUri().toString();
            IngestResult result = guard(() -> store.transaction(() -> {
                Feed feed = target != null ? target
                        : store.feedByUrl(url).orElseGet(() -> store.addFeed(url, null, null, Map.of()));
                StoreCounts counts = storeDocument(feed.id(), parsed);
                String name = store.feed(feed.id()).map(Feed::name).orElse(feed.name());
                return new IngestResult(file, name, counts.added(), counts.updated(), counts.unchanged(), null);
            }));
            report(results, progress, result);
        }
        indexPending();
        return results;
    }

    /** {@link #ingest(List, String, Consumer)} without progress reports. */
    public List<IngestResult> ingest(List<Path> files, String feedRef) {
        return ingest(files, feedRef, r -> { });
    }

    private static void report(List<IngestResult> results, Consumer<IngestResult> progress, IngestResult result) {
        results.add(result);
        progress.accept(result);
    }

    /** Stores one parsed document for a feed. Runs inside the caller's transaction. */
    private StoreCounts storeDocument(long feedId, ParsedFeed parsed) {
        store.describeFeed(feedId, parsed);
        List<ParsedItem> items = parsed.items();
        List<ArticleId> ids = ArticleIdentity.ids(feedId, items);
        List<ArticleDraft> drafts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            drafts.add(new ArticleDraft(ids.get(i), items.get(i), ArticleIdentity.contentHash(items.get(i))));
        }
        return store.storeArticles(feedId, drafts);
    }

    /** Articles stored but not yet searchable. */
    public long pendingIndex() {
        return guard(store::pendingIndexCount);
    }

    /** Makes every stored article searchable; returns how many were indexed. */
    public int indexPending() {
        int total = 0;
        while (true) {
            List<IndexSource> batch = guard(() -> store.pendingIndex(INDEX_BATCH));
            if (batch.isEmpty()) {
                return total;
            }
            List<IndexEntry> entries = new ArrayList<>(batch.size());
            for (IndexSource source : batch) {
                entries.add(SearchText.of(source));
            }
            guard(() -> {
                store.index(entries);
                return null;
            });
            total += batch.size();
        }
    }

    // ---- reading and user state ----

    public List<ArticleHeader> articles(ArticleFilter filter) {
        return guard(() -> store.articles(filter));
    }

    public List<ArticleHeader> search(String query, int limit) {
        return guard(() -> store.search(query, limit));
    }

    /** The article with this id or unique id prefix. */
    public Article article(String idOrPrefix) {
        ArticleId id = resolveId(idOrPrefix);
        return guard(() -> store.article(id)).orElseThrow(() -> noSuchArticle(idOrPrefix));
    }

    public Article setRead(String idOrPrefix, boolean read) {
        ArticleId id = resolveId(idOrPrefix);
        if (!guard(() -> store.setRead(id, read))) {
            throw noSuchArticle(idOrPrefix);
        }
        return article(id.toString());
    }

    public Article setStarred(String idOrPrefix, boolean starred) {
        ArticleId id = resolveId(idOrPrefix);
        if (!guard(() -> store.setStarred(id, starred))) {
            throw noSuchArticle(idOrPrefix);
        }
        return article(id.toString());
    }

    private ArticleId resolveId(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!ArticleId.isPrefix(t)) {
            throw new LibraryException("'" + text + "' is not an article id (ids are up to 16 hexadecimal digits, "
                    + "as `dossier articles` shows them)");
        }
        if (t.length() == 16) {
            return ArticleId.parse(t);
        }
        if (t.length() < 4) {
            throw new LibraryException("'" + text + "' is too short to name an article: give at least 4 digits");
        }
        List<ArticleId> matches = guard(() -> store.articleIdsStartingWith(t, 2));
        if (matches.isEmpty()) {
            throw noSuchArticle(text);
        }
        if (matches.size() > 1) {
            throw new LibraryException("'" + text + "' matches more than one article: give more digits");
        }
        return matches.get(0);
    }

    private static LibraryException noSuchArticle(String text) {
        return new LibraryException("no article with id " + text);
    }

    // ---- who said what ----

    /**
     * Analyses every article that has no analysis by the current analyser version (new, changed,
     * or analysed by an older version), in batches, and returns when all are stored. Refreshing
     * never waits for this; new articles are listed before they are analysed. {@code progress}
     * hears each stored batch, on the library's writer thread, and must return quickly.
     */
    public AnalysisReport analyze(Consumer<AnalysisProgress> progress) {
        return await(analysis.run(progress, () -> false, 0));
    }

    /**
     * Starts analysing what is waiting and returns at once: what the window does after a refresh.
     * The future completes with the totals; closing the library stops the run between batches.
     */
    public java.util.concurrent.CompletableFuture<AnalysisReport> analyzeInBackground(
            Consumer<AnalysisProgress> progress) {
        return analysis.run(progress, () -> false, 0);
    }

    /**
     * Analyses for at most about {@code budget} (the batch under way is finished), or until
     * {@code stop} says so. Keeping feeds fresh uses this between refreshes.
     */
    AnalysisReport analyzeFor(Duration budget, java.util.function.BooleanSupplier stop) {
        // {@code stop} belongs to the caller's thread (it may ask that thread's interrupt flag), so
        // it is asked here while waiting, and the run sees a flag.
        java.util.concurrent.atomic.AtomicBoolean halt = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<AnalysisReport> run =
                analysis.run(p -> { }, halt::get, System.nanoTime() + Math.max(1, budget.toNanos()));
        while (!run.isDone()) {
            try {
                run.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                if (stop.getAsBoolean()) {
                    halt.set(true);
                }
            } catch (InterruptedException e) {
                halt.set(true);
                Thread.currentThread().interrupt();
                break;
            }
        }
        return await(run);
    }

    /** How many articles wait for analysis by the current analyser version. */
    public long pendingAnalysis() {
        return guard(() -> store.pendingAnalysisCount(app.dossier.highlight.Highlighter.VERSION));
    }

    /**
     * What the analyser found in an article (id or unique prefix): the stored result when it is
     * current, else the article is analysed now ("at once when an article is opened") and its
     * result stored in the background. Offsets refer to the result's text; its
     * {@link ArticleAnalysis#sourceSpan} maps them into the article's HTML ({@link Article#body()}).
     */
    public ArticleAnalysis analysis(String idOrPrefix) {
        ArticleId id = resolveId(idOrPrefix);
        return guard(() -> analysis.analysis(id)).orElseThrow(() -> noSuchArticle(idOrPrefix));
    }

    /** Who said what across the library, newest article first. */
    public List<AttributedQuote> quotes(QuoteFilter filter) {
        return guard(() -> store.quotes(filter));
    }

    /**
     * Analyses text or HTML from outside the library (decided by {@link #looksLikeHtml}), with the
     * library's document frequencies and watch list. Nothing is stored.
     */
    public ArticleAnalysis highlight(String input) {
        return guard(() -> analysis.analyzeInput(input == null ? "" : input));
    }

    /**
     * A note for the user when only the beginning of this input is analysed (it is very long), or
     * {@code null}.
     */
    public static String partialAnalysisNote(String input) {
        return app.dossier.highlight.Highlighter.analysesOnlyPartOf(input)
                ? String.format(Locale.ROOT, "only the first %,d characters were analysed",
                        app.dossier.highlight.Highlighter.maxCharacters())
                : null;
    }

    /** Whether input reads as HTML rather than plain text. */
    public static boolean looksLikeHtml(String input) {
        return app.dossier.highlight.Highlighter.looksLikeHtml(input);
    }

    /** The watch list: terms always highlighted as key phrases, as the user wrote them. */
    public List<String> watchTerms() {
        return guard(store::watchTerms);
    }

    /**
     * Watches a term; false when it (or a variant of it: "cease-fire" for "ceasefires") is already
     * watched. Articles opened from now on show it first among their key phrases.
     */
    public boolean watch(String term) {
        String written = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        String key = app.dossier.highlight.Highlighter.normalizeTerm(written);
        if (key.isBlank()) {
            throw new LibraryException("'" + (term == null ? "" : term) + "' has no words to watch");
        }
        if (written.length() > MAX_WATCH_TERM) {
            throw new LibraryException("a watch term is at most " + MAX_WATCH_TERM + " characters");
        }
        return guard(() -> store.addWatchTerm(key, written));
    }

    /** Stops watching a term (or its variant); false when it was not watched. */
    public boolean unwatch(String term) {
        String key = app.dossier.highlight.Highlighter.normalizeTerm(term == null ? "" : term.strip());
        return !key.isBlank() && guard(() -> store.removeWatchTerm(key));
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof StoreException se) {
                throw new LibraryException(se.getMessage(), se);
            }
            if (cause instanceof LibraryException le) {
                throw le;
            }
            throw new LibraryException("the analysis failed: " + cause.getMessage(), cause);
        }
    }

    public LibraryStats stats() {
        return guard(store::stats);
    }

    /** SQLite's integrity check of the library file: {@code "ok"} when healthy. */
    public String integrityCheck() {
        return guard(store::integrityCheck);
    }

    @Override
    public void close() {
        analysis.close();
        FeedFetcher f;
        synchronized (this) {
            f = fetcher;
            fetcher = null;
        }
        if (f != null) {
            f.close();
        }
        store.close();
    }

    // ---- helpers ----

    private static Path asExistingFile(String input) {
        if (input.isEmpty() || input.contains("://")) {
            return null;
        }
        try {
            Path p = Path.of(input);
            return Files.isRegularFile(p) ? p.toAbsolutePath().normalize() : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static <T> T guard(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }
}
