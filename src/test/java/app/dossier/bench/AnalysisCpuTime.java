package app.dossier.bench;

import app.dossier.highlight.DocumentFrequencies;
import app.dossier.highlight.Highlighter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CPU time of one thread per 5 KB article, for machines whose cores are shared with other work
 * (where JMH's wall-clock throughput mostly measures the neighbours). Same articles as
 * {@link HighlighterBenchmark}. After {@code mvn -B -ntp test-compile}:
 *
 * <pre>
 * java -cp "target/test-classes:target/classes" app.dossier.bench.AnalysisCpuTime
 * </pre>
 */
public final class AnalysisCpuTime {

    private AnalysisCpuTime() {
    }

    public static void main(String[] args) {
        HighlighterBenchmark articles = new HighlighterBenchmark();
        articles.setUp();
        List<String> texts = articles.texts();
        Highlighter highlighter = Highlighter.load();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int warm = 20_000;
        for (int i = 0; i < warm; i++) {
            highlighter.analyzeText(texts.get(i % texts.size()), DocumentFrequencies.NONE, Set.of());
        }
        int runs = 20_000;
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < runs; i++) {
            highlighter.analyzeText(texts.get(i % texts.size()), DocumentFrequencies.NONE, Set.of());
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / runs;
        System.out.printf(Locale.ROOT, "%.0f us of CPU per article (%.0f articles per CPU-second), %d KB allocated%n",
                micros, 1e6 / micros, (threads.getCurrentThreadAllocatedBytes() - bytes) / runs / 1024);
    }
}
