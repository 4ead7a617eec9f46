package app.dossier.feed;

import java.util.function.LongSupplier;

/**
 * Whether the network is known to work. A connection that cannot be made (DNS, refused, no
 * route, connect timeout) counts against a feed only while some server answered recently: when
 * nothing has answered for a while, the machine is probably offline (asleep, on a train, Wi-Fi
 * off) and the feeds are not to blame. Any HTTP response at all, of any status, proves the network.
 *
 * <p>Threads: any; the state is two numbers under this object's lock.
 */
final class NetworkStatus {

    private final long proofNanos;
    private final LongSupplier nanoTime;
    private boolean everAnswered;
    private long lastAnswer;
    private boolean failingSinceAnswer;

    NetworkStatus(long proofNanos, LongSupplier nanoTime) {
        this.proofNanos = proofNanos;
        this.nanoTime = nanoTime;
    }

    synchronized void answered() {
        everAnswered = true;
        lastAnswer = nanoTime.getAsLong();
        failingSinceAnswer = false;
    }

    /**
     * Records a failure to connect and says whether it counts against the feed: {@code true} when
     * a server answered within the proof window, so the network works and this host is at fault.
     */
    synchronized boolean connectFailedCounts() {
        failingSinceAnswer = true;
        return everAnswered && nanoTime.getAsLong() - lastAnswer <= proofNanos;
    }

    /** Whether connections have been failing and nothing answered within the proof window. */
    synchronized boolean looksOffline() {
        return failingSinceAnswer && !(everAnswered && nanoTime.getAsLong() - lastAnswer <= proofNanos);
    }
}
