package app.dossier.library;

import app.dossier.bench.FeedFolder;
import app.dossier.model.ParsedItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search text of every article body of a folder of feeds (the generated benchmark feeds, say),
 * made by {@link SearchText} and by the string-scanning version it replaced
 * ({@link SearchTextEquivalenceTest.Reference}), alternating in one JVM, round after round. Both
 * include what preparing an article does around it: encoding the HTML to UTF-8 (for storage) and
 * having the search text as UTF-8 (for the index). Run with
 * the command line's JVM options after {@code mvn -B -ntp test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     app.dossier.library.SearchTextBench /tmp/gen/feeds [rounds]
 * </pre>
 */
public final class SearchTextBench {

    private SearchTextBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchTextBench FEED_FOLDER [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<String> bodies = new ArrayList<>();
        long chars = 0;
        for (ParsedItem item : FeedFolder.items(Path.of(args[0]))) {
            String body = item.content() != null && !item.content().isBlank() ? item.content() : item.summary();
            if (body != null) {
                bodies.add(body);
                chars += body.length();
            }
        }
        System.out.printf(Locale.ROOT, "%d bodies, %.1f M characters%n", bodies.size(), chars / 1e6);
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long before = 0;
            for (String b : bodies) { // the HTML is encoded for storage either way
                before += b.getBytes(StandardCharsets.UTF_8).length
                        + SearchTextEquivalenceTest.Reference.text(b).getBytes(StandardCharsets.UTF_8).length;
            }
            double old = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long after = 0;
            for (String b : bodies) {
                byte[] html = b.getBytes(StandardCharsets.UTF_8);
                after += html.length + SearchText.utf8(html).length;
            }
            double now = (System.nanoTime() - start) / 1e9;
            ratios[r] = now / old;
            System.out.printf(Locale.ROOT, "round %d: previous %.2f s, current %.2f s, current / previous %.2f%s%n",
                    r, old, now, ratios[r], before == after ? "" : " (OUTPUTS DIFFER)");
        }
        java.util.Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "median current / previous: %.2f%n", ratios[rounds / 2]);
    }
}
