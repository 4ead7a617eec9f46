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
