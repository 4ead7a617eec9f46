package app.dossier.library;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on another executor, at most {@code lanes} of them at a time, in the order given; the
 * rest wait here. Creates no thread. The refresh parses through it so that parsing leaves a core
 * to the single database writer (see {@link RefreshPipeline#PARSERS}).
 *
 * <p>A task given while a lane is free that the executor refuses is refused to the caller, as the
 * executor would. A waiting task that the executor refuses when its turn comes (the executor is
 * shutting down) runs on the thread that freed the lane, so no task is ever lost or left waiting.
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
        if (!handOver(task)) {
            synchronized (this) {
                running--;
            }
            throw new RejectedExecutionException("the executor behind these lanes refused a task");
        }
    }

    /**
     * Gives the task to the executor, to run in the lane it holds and pass the lane on when done;
     * false when the executor refuses it. (An executor that runs tasks on the calling thread
     * passes the lane on before this returns, and a task's own exception then comes out of here.)
     */
    private boolean handOver(Runnable task) {
        try {
            target.execute(() -> {
                try {
                    task.run();
                } finally {
                    next();
                }
            });
            return true;
        } catch (RejectedExecutionException refused) {
            return false;
        }
    }

    /** A lane is free: the next waiting task takes it, or the lane is given back. */
    private void next() {
        while (true) {
            Runnable task;
            synchronized (this) {
                task = waiting.poll();
                if (task == null) {
                    running--;
                    return;
                }
            }
            if (handOver(task)) {
                return;
            }
            try {
                task.run(); // refused: the executor is shutting down; run it here rather than lose it
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    /** Tasks waiting for a lane (for tests). */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Lanes in use (for tests). */
    synchronized int running() {
        return running;
    }
}
