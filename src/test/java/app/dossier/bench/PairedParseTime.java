package app.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The feed parser of two builds in one JVM, parsing every file of a folder of feeds (the
 * generated benchmark feeds, say) in alternating rounds; the figure is each round's thread CPU
 * time, new over baseline. Each build's {@code target/classes} gets its own class loader; the
 * libraries come from this class path. As with {@link PairedAnalysisTime}, run it both ways and
 * take the geometric mean of the first ratio and the inverse of the second. With the command
 * line's compiler and collector (a larger heap holds the documents):
 *
 * <pre>
 * git worktree add /tmp/baseline REV &amp;&amp; (cd /tmp/baseline &amp;&amp; mvn -B -ntp compile)
 * mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx3g -cp "target/test-classes:$(cat target/cp.txt)" \
 *     app.dossier.bench.PairedParseTime /tmp/baseline . /tmp/gen/feeds 20
 * </pre>
 */
public final class PairedParseTime {

    private PairedParseTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PairedParseTime BASELINE_ROOT NEW_ROOT FEED_FOLDER [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        List<byte[]> documents = FeedFolder.documents(Path.of(args[2]));
        Object[] parsers = new Object[2];
        Method[] parse = new Method[2];
        for (int b = 0; b < 2; b++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[b], "target/classes").toUri().toURL()},
                    PairedParseTime.class.getClassLoader());
            Class<?> parser = loader.loadClass("app.dossier.feed.FeedParser");
            parsers[b] = parser.getConstructor().newInstance();
            parse[b] = parser.getMethod("parse", byte[].class, String.class, String.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] seconds = new double[2];
            for (int k = 0; k < 2; k++) {
                int b = (r + k) % 2; // which build goes first alternates
                long start = threads.getCurrentThreadCpuTime();
                for (byte[] d : documents) {
                    parse[b].invoke(parsers[b], d, "http://127.0.0.1/feeds/feed.xml", "application/rss+xml");
                }
                seconds[b] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            }
            ratio[r] = seconds[1] / seconds[0];
            System.out.printf(Locale.ROOT, "round %d: baseline %.2f s, new %.2f s, new / baseline %.3f%n",
                    r, seconds[0], seconds[1], ratio[r]);
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "new / baseline: median %.3f, quartiles %.3f-%.3f%n",
                ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
}
