package app.dossier.bench;

import app.dossier.highlight.Highlighter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * How long a cold JVM takes to load the gazetteers and how much heap they keep. Run it in its own
 * JVM, after {@code mvn -B -ntp test-compile}:
 *
 * <pre>
 * java -cp "target/test-classes:target/classes" app.dossier.bench.GazetteerFootprint
 * </pre>
 *
 * Retained heap is the used heap after full collections with the analyser held, minus the same
 * without it; the figure is approximate (the collector does not promise an exact count).
 */
public final class GazetteerFootprint {

    private GazetteerFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        long start = System.nanoTime();
        Highlighter highlighter = Highlighter.load();
        long loadNanos = System.nanoTime() - start;
        long after = settledHeap(memory);
        System.out.printf(Locale.ROOT, "cold load: %.1f ms; retained heap: %.1f MB%n", loadNanos / 1e6,
                (after - before) / 1048576.0);
        if (highlighter.hashCode() == 42) {
            System.out.println(); // keeps the analyser reachable until after the measurement
        }
    }

    private static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
