package app.dossier.feed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether the network is known to work. A connection that cannot be made (DNS, refused, no
 * route, connect timeout) counts against a feed only while some server answers: when nothing has
 * answered for a while, the machine is probably offline (asleep, on a train, Wi-Fi off) and the
 * feeds are not to blame. Any HTTP response at all, of any status, proves the network.
 *
 * <p>A failure that comes back before any server of this run has answered — a mistyped domain
 * fails in milliseconds, before the first feed's answer arrives — is judged a little later: it
 * counts as soon as some server answers within a short grace, and is put down to being offline only
 * when none does. The grace runs from the first such failure, so a machine that is really offline
 * waits for it once, not once per feed.
 *
 * <p>Threads: any; the state is a few numbers under this object's lock.
 */
final class NetworkStatus {

    private final long proofNanos;
    private final long graceNanos;
    private final LongSupplier nanoTime;
    private boolean everAnswered;
    private long lastAnswer;
    private boolean failingSinceAnswer;
    /** When the first failure since the last answer came back; meaningful while {@link #failingSinceAnswer}. */
    private long firstFailure;
    /** Completed (with {@code true}) by the next answer. */
    private CompletableFuture<Boolean> nextAnswer = new CompletableFuture<>();

    /**
     * @param proofNanos how long after an answer the network counts as working
     * @param graceNanos how long a failure waits for some other server's answer to tell
     */
    NetworkStatus(long proofNanos, long graceNanos, LongSupplier nanoTime) {
        this.proofNanos = proofNanos;
        this.graceNanos = graceNanos;
        this.nanoTime = nanoTime;
    }

    void answered() {
        CompletableFuture<Boolean> waiting;
        synchronized (this) {
            everAnswered = true;
            lastAnswer = nanoTime.getAsLong();
            failingSinceAnswer = false;
            waiting = nextAnswer;
            nextAnswer = new CompletableFuture<>();
        }
        waiting.complete(true);
    }

    /**
     * Records a failure to connect and says, at once or after the grace, whether it counts against
     * the feed: {@code true} when a server answered within the proof window or answers within the
     * grace, so the network works and this host is at fault; {@code false} when the machine looks
     * offline.
     */
    CompletableFuture<Boolean> connectFailedCounts() {
        CompletableFuture<Boolean> answer;
        long left;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (everAnswered && now - lastAnswer <= proofNanos) {
                failingSinceAnswer = true;
                return CompletableFuture.completedFuture(true);
            }
            if (!failingSinceAnswer) {
                failingSinceAnswer = true;
                firstFailure = now;
            }
            left = firstFailure + graceNanos - now;
            if (left <= 0) {
                return CompletableFuture.completedFuture(false);
            }
            answer = nextAnswer;
        }
        return answer.copy().completeOnTimeout(false, left, TimeUnit.NANOSECONDS);
    }

    /** Whether connections have been failing and nothing answered within the proof window. */
    synchronized boolean looksOffline() {
        return failingSinceAnswer && !(everAnswered && nanoTime.getAsLong() - lastAnswer <= proofNanos);
    }
}
