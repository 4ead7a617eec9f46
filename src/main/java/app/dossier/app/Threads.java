package app.dossier.app;

import app.dossier.library.Workers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread Dossier runs, created here and nowhere else: a small network pool for HTTP
 * exchanges, one CPU thread per core for parsing and text work, and the single database writer.
 * All are daemon threads, so a finished command line never waits for them.
 */
final class Threads implements AutoCloseable {

    private final ExecutorService network;
    private final ExecutorService cpu;
    private final ExecutorService writer;

    Threads() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        network = Executors.newFixedThreadPool(4, named("dossier-net"));
        cpu = Executors.newFixedThreadPool(cores, named("dossier-cpu"));
        writer = Executors.newSingleThreadExecutor(named("dossier-writer"));
    }

    /** The system property that sizes the JDK's common fork-join pool. */
    static final String COMMON_POOL_THREADS = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /**
     * Keeps the JDK's own asynchronous hand-offs on pooled threads. {@code CompletableFuture}'s
     * default executor is the common pool only when that pool has at least two threads; on a
     * machine with one or two cores it has one, and the default executor starts a new thread for
     * every task instead. The HTTP client hands every response over through that executor, so a
     * refresh of a thousand feeds on a two-core laptop started a thousand threads (a third of a
     * second of CPU and more in a refresh where every feed answers 304). Asking for two common-pool
     * threads there, before anything has used the pool, avoids it. Must run first thing in
     * {@code main}; a size the user gave on the command line is left alone.
     */
    static void poolAsyncHandOffs() {
        poolAsyncHandOffs(Runtime.getRuntime().availableProcessors());
    }

    static void poolAsyncHandOffs(int cores) {
        if (System.getProperty(COMMON_POOL_THREADS) == null && cores - 1 < 2) {
            System.setProperty(COMMON_POOL_THREADS, "2");
        }
    }

    Workers workers() {
        return new Workers(network, cpu, writer);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Lets queued work finish for a moment (the writer may be committing), then stops. */
    @Override
    public void close() {
        for (ExecutorService e : new ExecutorService[] {network, cpu, writer}) {
            e.shutdown();
        }
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
