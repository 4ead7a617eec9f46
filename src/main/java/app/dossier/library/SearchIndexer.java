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
 * back; the writer takes a batch when it has no articles to store. Text handed over goes to the
 * writer from the thread that hands it over, never through the CPU pool, where it would wait
 * behind the parsing of dozens of feeds while the writer ran out of index work. If too much text
 * is waiting (the index fell far behind) new text is not kept: those articles stay queued in the database
 * and are read back at the end, as are any left over from an interrupted run. While the writer
 * indexes one batch, the next is read back and made ready on a CPU thread, in row-id order past
 * the last one read; once nothing lies past it, one more pass from the start catches articles
 * queued again meanwhile (an edited article keeps its row id). Indexing an article replaces its
 * entry, so an article met twice is harmless. {@link #finish()} completes once nothing is pending.
 */
final class SearchIndexer {

    /**
     * Articles indexed in one transaction, and their text's bytes: the index writes what a
     * transaction adds as one new segment, and a cold refresh of 50,000 articles in batches of 5,000
     * leaves ten segments instead of fifty to merge (0.8 s to index instead of 1.2 s,
     * {@code SearchIndexBench}). Until the refresh has stored everything, text is handed to the writer
     * only a full batch at a time; a batch per feed's few dozen articles made a hundred segments.
     */
    static final int BATCH = 5000;
    static final long BATCH_BYTES = 16_000_000;
    /** Articles read back from the database at a time: their HTML is unpacked in memory meanwhile. */
    static final int READ_BACK = 1000;
    /** Bytes of text (UTF-8) waiting for the index beyond which new text is dropped and read back later. */
    static final long MAX_WAITING_BYTES = 48_000_000;

    private final Store store;
    private final Executor cpu;
    private final WriteQueue writes;
    private final IntConsumer progress;
    private final int batchSize;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final ArrayDeque<IndexEntry> ready = new ArrayDeque<>();
    private long readyBytes;
    private boolean dropped;
    private boolean running;
    private boolean nudged;
    private boolean finishing;
    /** Batches handed to the writer and not yet indexed: one being written, one ready behind it. */
    private int outstanding;
    /** Row id of the last article read back; reading goes on past it. */
    private long readAfter = Long.MIN_VALUE;

    SearchIndexer(Store store, Executor cpu, WriteQueue writes, IntConsumer progress) {
        this(store, cpu, writes, progress, BATCH);
    }

    /** With batches of {@code batchSize} articles (tests use small ones). */
    SearchIndexer(Store store, Executor cpu, WriteQueue writes, IntConsumer progress, int batchSize) {
        this.store = store;
        this.cpu = cpu;
        this.writes = writes;
        this.progress = progress;
        this.batchSize = batchSize;
    }

    /** Search text of articles just committed. */
    void offer(List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        synchronized (this) {
            long bytes = 0;
            for (IndexEntry e : entries) {
                bytes += e.size();
            }
            if (readyBytes + bytes > MAX_WAITING_BYTES) {
                dropped = true;
            } else {
                ready.addAll(entries);
                readyBytes += bytes;
            }
        }
        nudge();
    }

    private void nudge() {
        synchronized (this) {
            nudged = true;
            if (running) {
                return;
            }
            running = true;
        }
        stepSoon();
    }

    /**
     * Runs the next step here when its text is ready, so handing a batch to the writer never waits
     * behind the parsing queued on the CPU pool (the writer would run out of index work while the
     * CPU threads parse); reading articles back, which is real work, goes to the CPU pool.
     */
    private void stepSoon() {
        boolean here;
        synchronized (this) {
            here = !ready.isEmpty() && outstanding < 2;
        }
        if (here) {
            step();
        } else {
            cpu.execute(this::step);
        }
    }

    /** No more articles will come: index what remains, then complete. */
    CompletableFuture<Void> finish() {
        synchronized (this) {
            finishing = true;
        }
        nudge();
        return done;
    }

    /** Moves ready text into {@code batch} up to a batch's limits. Holds the lock. */
    private void take(List<IndexEntry> batch) {
        long bytes = 0;
        while (!ready.isEmpty() && batch.size() < batchSize && bytes < BATCH_BYTES) {
            IndexEntry e = ready.poll();
            readyBytes -= e.size();
            bytes += e.size();
            batch.add(e);
        }
    }

    private void step() {
        List<IndexEntry> batch = new ArrayList<>();
        boolean readBack;
        long after;
        synchronized (this) {
            if (outstanding >= 2) {
                running = false; // the writer's next completion steps again
                return;
            }
            nudged = false;
            if (!finishing && ready.size() < batchSize && readyBytes < BATCH_BYTES) {
                running = false; // more text, or the end of the refresh, steps again
                return;
            }
            take(batch);
            readBack = batch.isEmpty() && (finishing || dropped);
            if (readBack && outstanding > 0) {
                // The articles of the batches in flight are still queued in the database until
                // their transaction commits: reading back now would index them a second time.
                running = false; // the writer's completion steps again
                return;
            }
            after = readAfter;
        }
        if (readBack) {
            try {
                for (IndexSource source : store.pendingIndex(after, READ_BACK)) {
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
                if (readBack && after != Long.MIN_VALUE && outstanding == 0) {
                    readAfter = Long.MIN_VALUE; // past the end: one more pass from the start
                    again = true;
                } else {
                    again = nudged || !ready.isEmpty();
                }
                running = again;
                if (!again && finishing && outstanding == 0) {
                    done.complete(null);
                }
            }
            if (again) {
                stepSoon();
            }
            return;
        }
        synchronized (this) {
            outstanding++;
            if (readBack) {
                readAfter = batch.get(batch.size() - 1).rowid();
            }
        }
        writes.submitIndexing(() -> {
            try {
                store.index(batch);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            progress.accept(batch.size());
            boolean step;
            synchronized (this) {
                outstanding--;
                step = !running;
                running = true;
            }
            if (step) {
                stepSoon();
            }
        });
        stepSoon(); // make the next batch ready while the writer indexes this one
    }
}
