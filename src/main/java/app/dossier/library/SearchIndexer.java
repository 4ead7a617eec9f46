package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import app.dossier.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * Makes stored articles searchable, trailing the store: it reads a batch of pending articles,
 * turns their HTML into plain text on a CPU thread, and hands the index write to the writer queue;
 * only when that write is done does it take the next batch, so no article is indexed twice. It can
 * be nudged while a refresh is still storing; {@link #finish()} completes once nothing is pending.
 */
final class SearchIndexer {

    static final int BATCH = 1000;

    private final Store store;
    private final Executor cpu;
    private final WriteQueue writes;
    private final IntConsumer progress;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private boolean running;
    private boolean nudged;
    private boolean finishing;

    SearchIndexer(Store store, Executor cpu, WriteQueue writes, IntConsumer progress) {
        this.store = store;
        this.cpu = cpu;
        this.writes = writes;
        this.progress = progress;
    }

    /** New articles were committed: index them when convenient. */
    void nudge() {
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
        List<IndexSource> batch;
        synchronized (this) {
            nudged = false;
        }
        try {
            batch = store.pendingIndex(BATCH);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return;
        }
        if (batch.isEmpty()) {
            boolean again;
            synchronized (this) {
                again = nudged;
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
        List<IndexEntry> entries = new ArrayList<>(batch.size());
        for (IndexSource source : batch) {
            entries.add(SearchText.of(source));
        }
        writes.submitIndexing(() -> {
            try {
                store.index(entries);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            progress.accept(entries.size());
            cpu.execute(this::step);
        });
    }
}
