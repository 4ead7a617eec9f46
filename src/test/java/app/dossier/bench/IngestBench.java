package app.dossier.bench;

import app.dossier.feed.FeedParseException;
import app.dossier.feed.FeedParser;
import app.dossier.library.IngestResult;
import app.dossier.library.Library;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parse-and-store throughput against ROME parsing the same bytes, in one run.
 *
 * <pre>
 * mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * python3 ../shared/bench/genfeeds.py --feeds 1000 --items 50 --seed 42 --hosts 50 --out /tmp/gen
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" app.dossier.bench.IngestBench \
 *     --generated /tmp/gen/feeds --reps 3
 * </pre>
 *
 * Inputs: every file under {@code --generated DIR} (the output of {@code ../shared/bench/genfeeds.py})
 * and every well-formed RSS/Atom file of {@code ../shared/corpora} that ROME parses (per
 * {@code INDEX.tsv}). Each measurement is repeated and the median is reported; the first round of
 * each is a warm-up.
 */
public final class IngestBench {

    private IngestBench() {
    }

    record Doc(Path path, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        Path generated = null;
        Path corpora = Path.of("..", "shared", "corpora");
        int reps = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--generated" -> generated = Path.of(args[++i]);
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Doc> docs = new ArrayList<>();
        if (generated != null) {
            try (Stream<Path> s = Files.walk(generated)) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xml")).sorted()
                        .toList()) {
                    docs.add(new Doc(p, Files.readAllBytes(p)));
                }
            }
        }
        int generatedCount = docs.size();
        Path index = corpora.resolve("INDEX.tsv");
        if (Files.exists(index)) {
            List<String> lines = Files.readAllLines(index);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length > 5 && f[5].equals("ok") && f[3].equals("yes")) {
                    Path p = corpora.resolve(f[0]).resolve(f[1]); // corpus folder, then its path
                    docs.add(new Doc(p, Files.readAllBytes(p)));
                }
            }
        }
        long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
        System.out.printf(Locale.ROOT, "documents: %d (%d generated, %d from the corpora), %.1f MB%n", docs.size(),
                generatedCount, docs.size() - generatedCount, bytes / 1e6);

        long[] romeItems = new long[1];
        double rome = median(reps, () -> romeItems[0] = romeParse(docs));
        long[] ourItems = new long[1];
        double parse = median(reps, () -> ourItems[0] = dossierParse(docs));
        double[] stored = new double[reps + 1];
        double total = median(reps, new Timed() {
            int round;

            @Override
            public void run() throws Exception {
                stored[round++ % stored.length] = ingest(docs);
            }
        });
        double storedMedian = medianOf(Arrays.copyOf(stored, Math.min(reps + 1, stored.length)), true);

        System.out.printf(Locale.ROOT, "%-34s %10s %12s %10s %8s%n", "phase (median of " + reps + ")", "seconds",
                "items/s", "MB/s", "vs ROME");
        row("ROME 2.1.0 parse alone", rome, romeItems[0], bytes, rome);
        row("Dossier parse alone", parse, ourItems[0], bytes, rome);
        row("Dossier parse + store (listed)", storedMedian, ourItems[0], bytes, rome);
        row("Dossier parse + store + index", total, ourItems[0], bytes, rome);
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double median(int reps, Timed work) throws Exception {
        double[] times = new double[reps + 1];
        for (int i = 0; i <= reps; i++) {
            long t0 = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        return medianOf(times, true);
    }

    /** Median, leaving out the first (warm-up) value when asked. */
    private static double medianOf(double[] values, boolean skipFirst) {
        double[] v = skipFirst ? Arrays.copyOfRange(values, 1, values.length) : values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void row(String name, double seconds, long items, long bytes, double baseline) {
        System.out.printf(Locale.ROOT, "%-34s %10.2f %12.0f %10.1f %7.2fx%n", name, seconds, items / seconds,
                bytes / 1e6 / seconds, seconds / baseline);
    }

    private static long romeParse(List<Doc> docs) {
        long items = 0;
        for (Doc d : docs) {
            try {
                SyndFeed f = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(d.bytes())));
                items += f.getEntries().size();
            } catch (Exception e) {
                // ROME refuses some corpus files; they count as zero items for it
            }
        }
        return items;
    }

    private static long dossierParse(List<Doc> docs) {
        FeedParser parser = new FeedParser();
        long items = 0;
        for (Doc d : docs) {
            try {
                items += parser.parse(d.bytes(), d.path().toUri().toString(), null).items().size();
            } catch (FeedParseException e) {
                // counted as zero items
            }
        }
        return items;
    }

    /** Ingests everything into a fresh library; returns when the last article was stored. */
    private static double ingest(List<Doc> docs) throws IOException {
        Path dir = Files.createTempDirectory("dossier-bench");
        long t0 = System.nanoTime();
        long[] lastStored = new long[1];
        try (Library library = Library.open(dir, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            library.ingest(docs.stream().map(Doc::path).toList(), null, (IngestResult r) -> lastStored[0] = System.nanoTime());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return (lastStored[0] - t0) / 1e9;
    }
}
