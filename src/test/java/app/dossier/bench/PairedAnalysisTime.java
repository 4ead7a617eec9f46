package app.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The analyser of two builds in one JVM, in alternating rounds, so that a busy neighbour slows
 * both alike and the ratio stays readable where single runs scatter by ±20%. Each build is loaded
 * from its own {@code target/classes} and {@code target/test-classes} in its own class loader;
 * the figure is the thread's CPU time per 5 KB article of {@link HighlighterBenchmark}.
 *
 * <pre>
 * git worktree add /tmp/baseline REV &amp;&amp; (cd /tmp/baseline &amp;&amp; mvn -B -ntp test-compile)
 * mvn -B -ntp test-compile
 * java -cp target/test-classes app.dossier.bench.PairedAnalysisTime /tmp/baseline . [html]
 * java -cp target/test-classes app.dossier.bench.PairedAnalysisTime . /tmp/baseline [html]
 * </pre>
 *
 * The build loaded second tends to measure slower (the same analyser against itself: 1.034 with
 * the baseline loaded first, 0.994 the other way round, where the data each loads lies in the heap
 * is the likely cause), so a comparison is run both ways and the figure is the geometric mean of
 * the first ratio and the inverse of the second; differences under about 2% stay unresolved.
 */
public final class PairedAnalysisTime {

    /** The watch list {@link HighlighterBenchmark} analyses with. */
    private static final Set<String> WATCH = Set.of("ceasefire");

    private PairedAnalysisTime() {
    }

    /** One build's analyser and articles. */
    private static final class Build {
        private final Object highlighter;
        private final Method analyze;
        private final Object noFrequencies;
        private final List<?> articles;

        Build(Path root, boolean html) throws ReflectiveOperationException, java.io.IOException {
            URLClassLoader loader = new URLClassLoader(new URL[] {root.resolve("target/test-classes").toUri().toURL(),
                root.resolve("target/classes").toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> bench = loader.loadClass(HighlighterBenchmark.class.getName());
            Object b = bench.getConstructor().newInstance();
            bench.getMethod("setUp").invoke(b);
            Field field = bench.getDeclaredField(html ? "htmls" : "texts");
            field.setAccessible(true);
            articles = (List<?>) field.get(b);
            Class<?> h = loader.loadClass("app.dossier.highlight.Highlighter");
            highlighter = h.getMethod("load").invoke(null);
            Class<?> df = loader.loadClass("app.dossier.highlight.DocumentFrequencies");
            noFrequencies = df.getField("NONE").get(null);
            analyze = h.getMethod(html ? "analyzeHtml" : "analyzeText", String.class, df, Set.class);
        }

        void run(int n) throws ReflectiveOperationException {
            for (int i = 0; i < n; i++) {
                analyze.invoke(highlighter, articles.get(i % articles.size()), noFrequencies, WATCH);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PairedAnalysisTime BASELINE_ROOT NEW_ROOT [html]");
            System.exit(2);
        }
        boolean html = args.length > 2 && args[2].equals("html");
        Build base = new Build(Path.of(args[0]), html);
        Build next = new Build(Path.of(args[1]), html);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 10; w++) {
            base.run(2000);
            next.run(2000);
        }
        int rounds = 120;
        int perRound = 250;
        double[] b = new double[rounds];
        double[] n = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // Which build goes first alternates within the run, so that neither gains from its place.
            boolean baseFirst = r % 2 == 0;
            long c0 = threads.getCurrentThreadCpuTime();
            (baseFirst ? base : next).run(perRound);
            long c1 = threads.getCurrentThreadCpuTime();
            (baseFirst ? next : base).run(perRound);
            long c2 = threads.getCurrentThreadCpuTime();
            double first = (c1 - c0) / 1e3 / perRound;
            double second = (c2 - c1) / 1e3 / perRound;
            b[r] = baseFirst ? first : second;
            n[r] = baseFirst ? second : first;
            ratio[r] = n[r] / b[r];
        }
        Arrays.sort(b);
        Arrays.sort(n);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s, us of CPU per article: baseline median %.0f (10th percentile %.0f), "
                + "new median %.0f (10th percentile %.0f); new/baseline per round: median %.3f, quartiles %.3f-%.3f%n",
                html ? "HTML" : "text", b[rounds / 2], b[rounds / 10], n[rounds / 2], n[rounds / 10],
                ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
}
