package app.dossier.library;

import app.dossier.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Serialises writes on the single writer thread and batches them: whatever store jobs are waiting
 * when the writer gets to them run in one transaction, so a thousand small feeds cost a few dozen
 * commits. Store jobs go before index jobs, so new articles are listed as early as possible and
 * search catches up when the writer would otherwise idle. No thread is created here: drains run on
 * the writer executor handed in by the composition root.
 */
final class WriteQueue {

    /** A store job runs inside the batch's transaction; {@code afterCommit} once it is durable. */
    interface Job {
        void run();

        default void afterCommit() {
        }
    }

    private static final int MAX_BATCH = 64;

    private final Store store;
    private final Executor writer;
    private final ArrayDeque<Job> stores = new ArrayDeque<>();
    private final ArrayDeque<Runnable> indexing = new ArrayDeque<>();
    private boolean draining;

    WriteQueue(Store store, Executor writer) {
        this.store = store;
        this.writer = writer;
    }

    void submit(Job job) {
        synchronized (this) {
            stores.add(job);
        }
        kick();
    }

    void submitIndexing(Runnable job) {
        synchronized (this) {
            indexing.add(job);
        }
        kick();
    }

    private void kick() {
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        writer.execute(this::drain);
    }

    /** Runs on the writer thread until nothing is waiting. */
    private void drain() {
        while (true) {
            List<Job> batch = new ArrayList<>();
            Runnable index = null;
            synchronized (this) {
                while (!stores.isEmpty() && batch.size() < MAX_BATCH) {
                    batch.add(stores.poll());
                }
                if (batch.isEmpty()) {
                    index = indexing.poll();
                    if (index == null) {
                        draining = false;
                        return;
                    }
                }
            }
            if (!batch.isEmpty()) {
                runBatch(batch);
            } else {
                index.run();
            }
        }
    }

    private void runBatch(List<Job> batch) {
        try {
            store.transaction(() -> {
                for (Job job : batch) {
                    job.run();
                }
                return null;
            });
        } catch (RuntimeException batchFailure) {
            // One bad job must not sink the others: retry them one by one, each in its own transaction.
            for (Job job : batch) {
                try {
                    store.transaction(() -> {
                        job.run();
                        return null;
                    });
                } catch (RuntimeException e) {
                    failed(job, e);
                    continue;
                }
                job.afterCommit();
            }
            return;
        }
        for (Job job : batch) {
            job.afterCommit();
        }
    }

    private static void failed(Job job, RuntimeException e) {
        if (job instanceof FailureAware aware) {
            aware.failed(e);
        }
    }

    /** A job that wants to hear that it could not be written. */
    interface FailureAware {
        void failed(RuntimeException e);
    }
}
