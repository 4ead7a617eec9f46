package app.dossier.library;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * Runs tasks on another executor, at most {@code lanes} of them at a time, in the order given; the
 * rest wait here. Creates no thread. The refresh parses through it so that parsing leaves a core
 * to the single database writer (see {@link RefreshPipeline#PARSERS}).
 */
final class Lanes implements Executor {

    private final Executor target;
    private final int lanes;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int running;

    Lanes(Executor target, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1: " + lanes);
        }
        this.target = target;
        this.lanes = lanes;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (running >= lanes) {
                waiting.add(task);
                return;
            }
            running++;
        }
        start(task);
    }

    private void start(Runnable task) {
        try {
            target.execute(() -> {
                try {
                    task.run();
                } finally {
                    next();
                }
            });
        } catch (RuntimeException rejected) {
            synchronized (this) {
                running--;
            }
            throw rejected;
        }
    }

    /** A lane is free: starts the next waiting task in it, or gives the lane back. */
    private void next() {
        Runnable task;
        synchronized (this) {
            task = waiting.poll();
            if (task == null) {
                running--;
                return;
            }
        }
        start(task);
    }

    /** Tasks waiting for a lane (for tests). */
    synchronized int waiting() {
        return waiting.size();
    }
}
