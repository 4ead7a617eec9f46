package app.dossier.library;

import app.dossier.feed.FeedFetcher;
import app.dossier.feed.FeedParseException;
import app.dossier.feed.FeedParser;
import app.dossier.feed.FetchRequest;
import app.dossier.feed.FetchResult;
import app.dossier.feed.FetchResult.Outcome;
import app.dossier.model.ArticleId;
import app.dossier.model.FeedStatus;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.PublishingHints;
import app.dossier.model.RefreshOutcome;
import app.dossier.store.ArticleDraft;
import app.dossier.store.Store;
import app.dossier.store.StoreCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One refresh: fetch → parse → identify → store, overlapped. Fetches run on the network pool
 * within the fetcher's politeness limits; parsing and identity on the CPU pool; storing on the
 * single writer, batched; search indexing trails on the side (see {@link SearchIndexer}). At most
 * {@link #WINDOW} feeds are between "fetch started" and "stored" at any time, which bounds memory.
 * Every feed's outcome is recorded, whatever happened to it; nothing here throws per feed.
 *
 * <p>Text analysis (highlights) will hang off the same place as search indexing: a trailing stage
 * fed by what was committed, never delaying articles from being listed.
 */
final class RefreshPipeline {

    /** Feeds in flight: enough to keep 16 connections and both cores busy. */
    static final int WINDOW = 64;

    /**
     * Feeds parsed at once: one fewer than the cores, at least one. The writer is busy for the
     * whole of a large refresh (storing, then indexing for search), and it is the one stage that
     * cannot be spread over cores; parsing on every core takes its processor time and ends the
     * refresh later. On two cores, alternating cold refreshes of 1,000 × 50 articles: all searchable
     * after 4.8–4.9 s with one parsing thread against 5.5–6.0 s with two, and less CPU time in all
     * (every article is stored 0.2 s later: 3.9–4.1 s against 3.7–3.8 s).
     */
    static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private final Store store;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final RefreshSchedule schedule;
    private final Workers workers;
    private final WriteQueue writes;
    private final Clock clock;
    private final Lanes parsing;

    RefreshPipeline(Store store, FeedFetcher fetcher, FeedParser parser, RefreshSchedule schedule, Workers workers,
            WriteQueue writes, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.parser = parser;
        this.schedule = schedule;
        this.workers = workers;
        this.writes = writes;
        this.clock = clock;
        this.parsing = new Lanes(workers.cpu(), PARSERS);
    }

    /** The lower-case host of a URL, or the empty string. */
    static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * Refreshes {@code targets} and returns when all of it is stored and searchable.
     *
     * @param fetched results already in hand, by feed URL (what discovery fetched): not fetched again
     */
    RefreshReport run(List<FeedStatus> targets, Map<String, HostBackoff> hostWaits, Consumer<RefreshEvent> listener,
            Map<String, FetchResult> fetched) {
        Run run = new Run(targets, hostWaits, listener, fetched);
        return run.start().join();
    }

    /** The state of one refresh; its counters are touched only on the writer thread. */
    private final class Run {
        private final List<FeedStatus> targets;
        private final Map<String, HostBackoff> hostWaits;
        private final Consumer<RefreshEvent> listener;
        private final Map<String, FetchResult> fetched;
        private final long startNanos = System.nanoTime();
        private final CompletableFuture<RefreshReport> result = new CompletableFuture<>();
        private final SearchIndexer indexer;
        private final java.util.concurrent.atomic.AtomicBoolean checkpointing =
                new java.util.concurrent.atomic.AtomicBoolean();
        private int next;
        private int inFlight;
        private int done;
        private int updated;
        private int notModified;
        private int failed;
        private int waiting;
        private int newArticles;
        private int updatedArticles;
        private long wireBytes;
        private Duration storedAfter;

        Run(List<FeedStatus> targets, Map<String, HostBackoff> hostWaits, Consumer<RefreshEvent> listener,
                Map<String, FetchResult> fetched) {
            this.targets = targets;
            this.hostWaits = hostWaits;
            this.listener = listener;
            this.fetched = fetched;
            this.indexer = new SearchIndexer(store, workers.cpu(), writes, this::indexed);
        }

        CompletableFuture<RefreshReport> start() {
            if (targets.isEmpty()) {
                allStored();
            } else {
                launch();
            }
            return result;
        }

        /** Starts fetches while the window has room. Called on the caller's thread, then on the writer. */
        private void launch() {
            while (true) {
                FeedStatus target;
                synchronized (this) {
                    if (inFlight >= WINDOW || next >= targets.size()) {
                        return;
                    }
                    target = targets.get(next++);
                    inFlight++;
                }
                fetch(target).thenAcceptAsync(r -> prepare(target, r), parsing)
                        .exceptionally(e -> {
                            // A defect in preparing must still record the feed and free its slot.
                            writes.submit(new FeedJob(target, null, null, null, "internal error: " + e.getMessage()));
                            return null;
                        });
            }
        }

        private CompletableFuture<FetchResult> fetch(FeedStatus target) {
            String url = target.feed().url();
            FetchResult inHand = fetched.get(url);
            if (inHand != null) {
                return CompletableFuture.completedFuture(inHand);
            }
            if (url.startsWith("file:")) {
                return CompletableFuture.supplyAsync(() -> LocalFeeds.read(url, target.state(), clock),
                        workers.cpu());
            }
            return fetcher.fetch(new FetchRequest(url, target.state(), false));
        }

        /** On a CPU thread: parse and identify, then queue the write. */
        private void prepare(FeedStatus target, FetchResult r) {
            ParsedFeed parsed = null;
            List<ArticleDraft> drafts = null;
            String parseError = null;
            if (r.needsParsing()) {
                try {
                    parsed = parser.parse(r.body(), r.finalUrl(), r.contentType());
                    drafts = drafts(target.feed().id(), parsed.items());
                    // The drafts hold the items' text, packed: the body and the parsed text go now,
                    // not after waiting for the writer (they would outlive young collections).
                    parsed = parsed.withoutItems();
                } catch (FeedParseException e) {
                    parseError = e.getMessage();
                }
            }
            writes.submit(new FeedJob(target, r.withoutBody(), parsed, drafts, parseError));
        }

        private List<ArticleDraft> drafts(long feedId, List<ParsedItem> items) {
            List<ArticleId> ids = ArticleIdentity.ids(feedId, items);
            List<ArticleDraft> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                ParsedItem item = items.get(i);
                out.add(ArticleDraft.withSearchText(ids.get(i), item, ArticleIdentity::contentHash,
                        SearchText::forIndex));
            }
            return out;
        }

        /** Everything one feed's refresh writes; runs inside the writer's batch transaction. */
        private final class FeedJob implements WriteQueue.Job, WriteQueue.FailureAware {
            private final FeedStatus target;
            private final FetchResult fetched;
            private final ParsedFeed parsed;
            private final List<ArticleDraft> drafts;
            private final String error;
            private RefreshOutcome outcome;
            private StoreCounts counts = StoreCounts.NONE;
            private String detail;
            private String name;

            FeedJob(FeedStatus target, FetchResult fetched, ParsedFeed parsed, List<ArticleDraft> drafts, String error) {
                this.target = target;
                this.fetched = fetched;
                this.parsed = parsed;
                this.drafts = drafts;
                this.error = error;
            }

            @Override
            public void run() {
                long feedId = target.feed().id();
                Instant now = clock.instant();
                if (fetched == null) {
                    outcome = new RefreshOutcome(feedId, now, 0, 0, Duration.ZERO, 0, error, null);
                    store.recordOutcome(outcome);
                    return;
                }
                FetchState next = fetched.nextState(target.state());
                if (error != null) {
                    // Keep the previous body hash and validators: the same broken document is fetched,
                    // parsed and reported again, not answered 304 and passed off as unchanged. The
                    // failures go on counting from before, so a feed that stays broken backs off.
                    FetchState before = target.state();
                    next = new FetchState(before.etag(), before.lastModified(), before.validatorsStoredAt(),
                            before.bodyHash(), before.failures(), before.backoffUntil(), next.gone(),
                            next.redirectCandidate(), next.redirectStreak(), next.lastStatus(), null)
                            .withFailure(now, fetched.status(), error);
                }
                HostBackoff hostWait = fetched.hostBackoff();
                if (hostWait != null) {
                    store.saveHostBackoff(hostWait);
                }
                String moveTo = next.redirectToAdopt();
                if (moveTo != null) {
                    if (store.changeFeedUrl(feedId, moveTo)) {
                        detail = "moved permanently to " + moveTo;
                    }
                    next = next.withRedirectAdopted();
                }
                PublishingHints hints = target.hints();
                if (parsed != null) {
                    store.describeFeed(feedId, parsed);
                    name = store.feed(feedId).map(f -> f.name()).orElse(null);
                    counts = store.storeArticles(feedId, drafts);
                    hints = parsed.hints();
                    store.savePublishingHints(feedId, hints);
                }
                Instant nextCheck = fetched.outcome() == Outcome.OFFLINE ? schedule.afterOffline(now)
                        : schedule.nextCheck(now, target.interval(), fetched.cache(), hints, next,
                                hostWait != null ? hostWait : hostWaits.get(host(target.feed().url())))
                                .orElse(null);
                store.saveFetchState(feedId, next, nextCheck);
                String message = error != null ? error : fetched.outcome().isSuccess() ? null : fetched.message();
                if (fetched.outcome() == Outcome.HTML_PAGE && !fetched.advertisedFeeds().isEmpty()) {
                    // Up to three of them, best first, on the one line.
                    List<String> urls = fetched.advertisedFeeds().stream().limit(3).map(f -> f.url()).toList();
                    int more = fetched.advertisedFeeds().size() - urls.size();
                    message = message + ": " + String.join(", ", urls) + (more > 0 ? " and " + more + " more" : "");
                }
                outcome = new RefreshOutcome(feedId, now, fetched.status(), fetched.wireBytes(), fetched.duration(),
                        counts.added(), message, nextCheck);
                store.recordOutcome(outcome);
            }

            @Override
            public void failed(RuntimeException e) {
                Instant now = clock.instant();
                outcome = new RefreshOutcome(target.feed().id(), now, fetched == null ? 0 : fetched.status(),
                        fetched == null ? 0 : fetched.wireBytes(), Duration.ZERO, 0,
                        "could not be stored: " + e.getMessage(), null);
                counts = StoreCounts.NONE;
                try {
                    store.recordOutcome(outcome); // so the feed's status shows it, not its last success
                } catch (RuntimeException again) {
                    // The library cannot take even that; the refresh still reports the feed.
                }
                afterCommit();
            }

            /** On the writer thread, after the batch is durable. */
            @Override
            public void afterCommit() {
                Outcome o = fetched == null ? Outcome.FAILED : fetched.outcome();
                if (outcome.error() != null && o.isSuccess()) {
                    failed++;
                } else {
                    switch (o) {
                        case UPDATED -> updated++;
                        case UNCHANGED, NOT_MODIFIED -> notModified++;
                        case RATE_LIMITED, HOST_WAITING, OFFLINE -> waiting++;
                        default -> failed++;
                    }
                }
                newArticles += counts.added();
                updatedArticles += counts.updated();
                wireBytes += fetched == null ? 0 : fetched.wireBytes();
                boolean last;
                synchronized (Run.this) {
                    inFlight--;
                    done++;
                    last = done == targets.size();
                }
                indexer.offer(counts.indexable());
                listener.accept(new RefreshEvent.FeedRefreshed(name != null ? name : target.feed().name(),
                        target.feed().url(), outcome,
                        detail, done, targets.size()));
                if (last) {
                    allStored();
                } else {
                    launch();
                }
            }
        }

        private void allStored() {
            checkpointSoon();
            storedAfter = Duration.ofNanos(System.nanoTime() - startNanos);
            listener.accept(new RefreshEvent.AllStored(targets.size(), newArticles, storedAfter));
            indexer.finish().whenComplete((v, e) -> {
                Duration searchable = Duration.ofNanos(System.nanoTime() - startNanos);
                RefreshReport report = new RefreshReport(targets.size(), updated, notModified, failed, waiting,
                        newArticles, updatedArticles, wireBytes, storedAfter, searchable);
                if (e != null) {
                    result.completeExceptionally(e);
                    return;
                }
                listener.accept(new RefreshEvent.Finished(report));
                result.complete(report);
            });
        }

        /**
         * Has the write-ahead log copied into the database on a CPU thread (at most one such copy at
         * a time), after each batch of search text and once everything is stored, so that the
         * writer's commits and the close rarely have to: the CPU threads have time to spare while
         * the writer indexes, and the copy's two disk syncs then hold up no write. Cold refresh of
         * 1,000 × 50: 0.06–0.2 s sooner (docs/benchmarks.md).
         */
        private void checkpointSoon() {
            if (!checkpointing.compareAndSet(false, true)) {
                return;
            }
            try {
                workers.cpu().execute(() -> {
                    try {
                        store.checkpoint();
                    } catch (RuntimeException e) {
                        // The writer's own checkpoints and the close's still copy the log.
                    } finally {
                        checkpointing.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                checkpointing.set(false); // shutting down: the close copies the log
            }
        }

        private void indexed(int count) {
            checkpointSoon();
            listener.accept(new RefreshEvent.IndexProgressed(count, store.pendingIndexCount()));
        }
    }
}
