package app.dossier.library;

import app.dossier.highlight.DocumentFrequencies;
import app.dossier.highlight.Highlighter;
import app.dossier.model.ArticleId;
import app.dossier.store.AnalysisDraft;
import app.dossier.store.AnalysisSource;
import app.dossier.store.PhraseCounts;
import app.dossier.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One pass over the articles without a current analysis, in batches in article-id order: read a
 * batch (reader connection), analyse its articles in parallel on the CPU pool, hand the results to
 * the writer's low-priority lane (taken only when no articles are waiting to be stored), and read
 * the next batch while that write runs. At most one batch is being written and one analysed, so
 * memory stays bounded. Nothing here blocks a thread: each step is started by the one before.
 * Progress is reported on the writer thread after each batch is durable.
 */
final class AnalysisRun {

    static final int BATCH = 100;

    private final AnalysisService service;
    private final Store store;
    private final Executor cpu;
    private final WriteQueue writes;
    private final Consumer<AnalysisProgress> progress;
    private final BooleanSupplier stop;
    private final long deadlineNanos;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<AnalysisReport> result = new CompletableFuture<>();

    // Touched by one step at a time (each step starts after the previous one handed over).
    private boolean started;
    private ArticleId cursor;
    private WatchList watch;
    private PhraseCounts snapshot;
    private long writtenSinceSnapshot;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    // Updated on the writer thread as batches become durable, under their own lock so the writer
    // never waits for a step that is reading the next batch.
    private final Object counters = new Object();
    private long expected;
    private long done;
    private long failed;

    AnalysisRun(AnalysisService service, Store store, Executor cpu, WriteQueue writes,
            Consumer<AnalysisProgress> progress, BooleanSupplier stop, long deadlineNanos) {
        this.service = service;
        this.store = store;
        this.cpu = cpu;
        this.writes = writes;
        this.progress = progress;
        this.stop = stop;
        this.deadlineNanos = deadlineNanos;
    }

    CompletableFuture<AnalysisReport> start() {
        cpu.execute(this::step);
        return result;
    }

    /** On a CPU thread: take the next batch and analyse it. */
    private synchronized void step() {
        try {
            if (!started) {
                started = true;
                long total = store.pendingAnalysisCount(Highlighter.VERSION);
                synchronized (counters) {
                    expected = total;
                }
                if (total == 0) {
                    finish();
                    return;
                }
                watch = service.watchList();
                service.highlighter();
                snapshot = service.counts(store.analysedCount());
            }
            if (stop.getAsBoolean() || deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                finish();
                return;
            }
            List<AnalysisSource> batch = store.pendingAnalyses(cursor, Highlighter.VERSION, BATCH);
            if (batch.isEmpty()) {
                finish();
                return;
            }
            cursor = batch.get(batch.size() - 1).id();
            PhraseCounts now = service.counts(snapshot.documents() + writtenSinceSnapshot);
            if (now != snapshot) {
                snapshot = now;
                writtenSinceSnapshot = 0;
            }
            DocumentFrequencies df = LibraryFrequencies.of(snapshot);
            List<CompletableFuture<AnalysisService.Analysed>> parts = new ArrayList<>(batch.size());
            for (AnalysisSource source : batch) {
                parts.add(CompletableFuture.supplyAsync(() -> service.analyse(source, df, watch), cpu));
            }
            CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    analysed(parts.stream().map(CompletableFuture::join).toList());
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** A batch is analysed: write it after the previous one; read the next once that is written. */
    private synchronized void analysed(List<AnalysisService.Analysed> batch) {
        writtenSinceSnapshot += batch.size();
        CompletableFuture<Void> previous = lastWrite;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        lastWrite = mine;
        previous.whenComplete((v, e) -> {
            if (e != null) {
                mine.completeExceptionally(e);
            } else {
                writes.submitIndexing(() -> write(batch, mine));
            }
        });
        previous.thenRun(() -> cpu.execute(this::step));
    }

    /** On the writer thread. Never throws: the write queue must keep draining whatever happens here. */
    private void write(List<AnalysisService.Analysed> batch, CompletableFuture<Void> written) {
        try {
            List<AnalysisDraft> drafts = new ArrayList<>(batch.size());
            int failures = 0;
            for (AnalysisService.Analysed a : batch) {
                drafts.add(a.draft());
                failures += a.failed() ? 1 : 0;
            }
            store.saveAnalyses(drafts);
            AnalysisProgress now;
            synchronized (counters) {
                done += batch.size();
                failed += failures;
                now = new AnalysisProgress(done, Math.max(expected, done));
            }
            progress.accept(now);
            written.complete(null);
        } catch (RuntimeException e) {
            written.completeExceptionally(e);
            result.completeExceptionally(e);
        }
    }

    /** No more batches: once the last write is durable, count what is left and report. */
    private void finish() {
        lastWrite.whenCompleteAsync((v, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
                return;
            }
            try {
                long remaining = store.pendingAnalysisCount(Highlighter.VERSION);
                synchronized (counters) {
                    result.complete(new AnalysisReport(done, failed, remaining,
                            Duration.ofNanos(System.nanoTime() - startNanos)));
                }
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        }, cpu);
    }
}
