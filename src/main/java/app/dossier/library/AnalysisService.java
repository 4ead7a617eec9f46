package app.dossier.library;

import app.dossier.highlight.DocumentFrequencies;
import app.dossier.highlight.Highlighter;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import app.dossier.store.AnalysisDraft;
import app.dossier.store.AnalysisSource;
import app.dossier.store.PhraseCounts;
import app.dossier.store.Store;
import app.dossier.store.StoredAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Who said what, for the library: analyses articles with the {@link Highlighter} (loaded once, on
 * first use, so commands that never analyse do not pay for its gazetteers), keeps the results in
 * the store, and serves them. Two paths:
 * <ul>
 * <li><b>runs</b> ({@link AnalysisRun}) go through everything not analysed by the current version,
 *     in batches, analysing on the CPU pool and writing on the writer's low-priority lane, so
 *     storing new articles always goes first; one run at a time;</li>
 * <li><b>on demand</b> ({@link #analysis}): an article opened without a current result is analysed
 *     at once on the caller's thread and returned; its result is written in the background.</li>
 * </ul>
 * Thread-safe; blocking methods must not be called on the JavaFX thread.
 */
final class AnalysisService {

    /** How long closing waits for writes already on their way. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Store store;
    private final Workers workers;
    private final WriteQueue writes;
    private final Object loading = new Object();
    private volatile Highlighter highlighter;
    private volatile PhraseCounts counts;
    private final Set<CompletableFuture<Void>> onDemandWrites = ConcurrentHashMap.newKeySet();
    private CompletableFuture<AnalysisReport> current = CompletableFuture.completedFuture(AnalysisReport.NOTHING);
    private volatile boolean closing;

    AnalysisService(Store store, Workers workers, WriteQueue writes) {
        this.store = store;
        this.workers = workers;
        this.writes = writes;
    }

    /** The analyser, loaded on first use. */
    Highlighter highlighter() {
        Highlighter h = highlighter;
        if (h == null) {
            synchronized (loading) {
                h = highlighter;
                if (h == null) {
                    h = Highlighter.load();
                    highlighter = h;
                }
            }
        }
        return h;
    }

    WatchList watchList() {
        return WatchList.of(store.watchTerms());
    }

    /**
     * Starts a run over everything not analysed by the current version. It begins once any run
     * before it has ended, and stops early when {@code stop} says so, when {@code deadlineNanos}
     * ({@link System#nanoTime()}; 0 for none) has passed, or when the library closes.
     */
    synchronized CompletableFuture<AnalysisReport> run(Consumer<AnalysisProgress> progress, BooleanSupplier stop,
            long deadlineNanos) {
        BooleanSupplier halt = () -> closing || stop.getAsBoolean();
        CompletableFuture<AnalysisReport> next = current.handle((r, e) -> null)
                .thenCompose(v -> new AnalysisRun(this, store, workers.cpu(), writes, progress, halt, deadlineNanos)
                        .start());
        current = next;
        return next;
    }

    /**
     * The stored analysis of {@code id} if it is current (this analyser version, this watch list,
     * the article unchanged since); otherwise the article is analysed now and the result returned
     * at once, its write following in the background. Empty when there is no such article.
     */
    Optional<ArticleAnalysis> analysis(ArticleId id) {
        WatchList watch = watchList();
        Optional<StoredAnalysis> stored = store.analysis(id);
        if (stored.isPresent() && stored.get().version() == Highlighter.VERSION
                && stored.get().watchKey() == watch.key()) {
            return Optional.of(stored.get().analysis());
        }
        Optional<AnalysisSource> source = store.analysisSource(id);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Analysed result = analyse(source.get(), LibraryFrequencies.live(store), watch);
        writeInBackground(List.of(result.draft()));
        return Optional.of(result.draft().analysis());
    }

    /** Analyses text or HTML that is not in the library, with its frequencies and watch list. */
    ArticleAnalysis analyzeInput(String input) {
        return highlighter().analyze(input, LibraryFrequencies.live(store), watchList().terms());
    }

    /** One article's analysis as it will be stored; a failure of the analyser gives an empty result. */
    Analysed analyse(AnalysisSource source, DocumentFrequencies df, WatchList watch) {
        ArticleAnalysis analysis;
        boolean failed = false;
        try {
            analysis = highlighter().analyzeHtml(source.body(), df, watch.terms());
        } catch (RuntimeException | StackOverflowError e) {
            // A defect on one article must not stop the others; it is tried again with the next version.
            analysis = new ArticleAnalysis("", List.of(), List.of(), List.of(), List.of(), Highlighter.VERSION, null);
            failed = true;
        }
        List<String> terms = new ArrayList<>(analysis.keyPhrases().size());
        analysis.keyPhrases().forEach(k -> terms.add(Highlighter.normalizeTerm(k.text())));
        return new Analysed(new AnalysisDraft(source.id(), source.contentHash(), analysis, terms,
                Highlighter.VERSION, watch.key()), failed);
    }

    /** An analysis ready to store, and whether the analyser failed on it. */
    record Analysed(AnalysisDraft draft, boolean failed) {
    }

    /**
     * The document-frequency snapshot for a run when about {@code analysed} articles are analysed:
     * the one in memory while it is close enough (see {@link LibraryFrequencies#stale}), else a
     * fresh one read from the store. Runs share it, so a run every minute costs no bulk read.
     */
    PhraseCounts counts(long analysed) {
        PhraseCounts snapshot = counts;
        if (snapshot == null || LibraryFrequencies.stale(snapshot.documents(), analysed)) {
            snapshot = store.phraseCounts();
            counts = snapshot;
        }
        return snapshot;
    }

    private void writeInBackground(List<AnalysisDraft> drafts) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onDemandWrites.add(done);
        done.whenComplete((v, e) -> onDemandWrites.remove(done));
        writes.submitIndexing(() -> {
            try {
                store.saveAnalyses(drafts);
            } catch (RuntimeException e) {
                // Not kept: the article is simply analysed again the next time it is needed.
            } finally {
                done.complete(null);
            }
        });
    }

    /** Stops any run and waits (a few seconds at most) for writes on their way. Idempotent. */
    void close() {
        closing = true;
        List<CompletableFuture<?>> waiting = new ArrayList<>(onDemandWrites);
        synchronized (this) {
            waiting.add(current);
        }
        // A plain loop: a command line closes the library once, and a stream pipeline here cost it
        // about 20 ms of class loading and linking.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        for (CompletableFuture<?> f : waiting) {
            if (f == null) {
                continue;
            }
            try {
                f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // finished, unsuccessfully: nothing to wait for
            } catch (TimeoutException e) {
                return; // closing goes ahead: an unfinished analysis is done again next time
            }
        }
    }
}
