package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import app.dossier.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * Makes stored articles searchable, trailing the store. The refresh hands over each committed
 * article's search text, made on a CPU thread while parsing, so the index never reads the articles
 * back; the writer takes a batch when it has no articles to store. If too much text is waiting
 * (the index fell far behind) new text is not kept: those articles stay queued in the database
 * and are read back at the end, as are any left over from an interrupted run. Batches are taken
 * one at a time, so no article is indexed twice. {@link #finish()} completes once nothing is
 * pending.
 */
final class SearchIndexer {

    static final int BATCH = 1000;
    /** About 32 MB of text: beyond this, text waiting for the index is dropped and read back later. */
    static final long MAX_WAITING_CHARS = 16_000_000;

    private final Store store;
    private final Executor cpu;
    private final WriteQueue writes;
    private final IntConsumer progress;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final ArrayDeque<IndexEntry> ready = new ArrayDeque<>();
    private long readyChars;
    private boolean dropped;
    private boolean running;
    private boolean nudged;
    private boolean finishing;

    SearchIndexer(Store store, Executor cpu, WriteQueue writes, IntConsumer progress) {
        this.store = store;
        this.cpu = cpu;
        this.writes = writes;
        this.progress = progress;
    }

    /** Search text of articles just committed. */
    void offer(List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        synchronized (this) {
            long chars = 0;
            for (IndexEntry e : entries) {
                chars += length(e);
            }
            if (readyChars + chars > MAX_WAITING_CHARS) {
                dropped = true;
            } else {
                ready.addAll(entries);
                readyChars += chars;
            }
        }
        nudge();
    }

    private static long length(IndexEntry e) {
        return (e.body() == null ? 0 : e.body().length()) + (e.title() == null ? 0 : e.title().length());
    }

    private void nudge() {
        synchronized (this) {
            nudged = true;
            if (running) {
                return;
            }
            running = true;
        }
        cpu.execute(this::step);
    }

    /** No more articles will come: index what remains, then complete. */
    CompletableFuture<Void> finish() {
        synchronized (this) {
            finishing = true;
        }
        nudge();
        return done;
    }

    private void step() {
        List<IndexEntry> batch = new ArrayList<>();
        boolean readBack;
        synchronized (this) {
            nudged = false;
            while (!ready.isEmpty() && batch.size() < BATCH) {
                IndexEntry e = ready.poll();
                readyChars -= length(e);
                batch.add(e);
            }
            readBack = batch.isEmpty() && (finishing || dropped);
        }
        if (readBack) {
            try {
                for (IndexSource source : store.pendingIndex(BATCH)) {
                    batch.add(SearchText.of(source));
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
        }
        if (batch.isEmpty()) {
            boolean again;
            synchronized (this) {
                again = nudged || !ready.isEmpty();
                running = again;
                if (!again && finishing) {
                    done.complete(null);
                }
            }
            if (again) {
                cpu.execute(this::step);
            }
            return;
        }
        writes.submitIndexing(() -> {
            try {
                store.index(batch);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            progress.accept(batch.size());
            cpu.execute(this::step);
        });
    }
}
