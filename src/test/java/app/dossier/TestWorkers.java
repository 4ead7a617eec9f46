package app.dossier;

import app.dossier.library.Workers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Real thread pools for tests, shaped like the application's, shut down when closed. */
public final class TestWorkers implements AutoCloseable {

    private final ExecutorService network = Executors.newFixedThreadPool(4, TestWorkers::daemon);
    private final ExecutorService cpu = Executors.newFixedThreadPool(2, TestWorkers::daemon);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(TestWorkers::daemon);

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    }

    public Workers workers() {
        return new Workers(network, cpu, writer);
    }

    @Override
    public void close() throws InterruptedException {
        for (ExecutorService e : new ExecutorService[] {network, cpu, writer}) {
            e.shutdownNow();
            e.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One set shared by a whole test run (daemon threads would also do; these are simply reused). */
    public static Workers shared() {
        return Shared.INSTANCE.workers();
    }

    private static final class Shared {
        static final TestWorkers INSTANCE = new TestWorkers();
    }
}
