package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.model.ParsedFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every file of {@code ../shared/corpora} (as listed in {@code INDEX.tsv}) through
 * {@link FeedParser} and holds the parser to three targets, printing the counts behind each
 * (docs/conformance.md explains them):
 * <ol>
 * <li>every file gives a parse or a clear one-line error: no crash, none slower than 2 s;</li>
 * <li>at least 99% of the well-formed RSS/Atom/JSON feeds parse with all their items;</li>
 * <li>at least 95% of feedparser's format-independent {@code Expect:} checks pass.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusConformanceTest {

    private static final long SLOW_NANOS = 2_000_000_000L;

    private final FeedParser parser = new FeedParser();
    private final Map<ParseRoute, Integer> routes = new EnumMap<>(ParseRoute.class);
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final List<String> crashes = new ArrayList<>();
    private final List<String> slow = new ArrayList<>();
    private final List<String> unclear = new ArrayList<>();
    private final List<String> feedsMissingItems = new ArrayList<>();
    private final List<String> failedChecks = new ArrayList<>();
    private int files;
    private int wellFormedFeeds;
    private int wellFormedFeedsWithItems;
    private int checksSelected;
    private int checksPassed;
    private int checksSkipped;
    private int romeRescuedWellFormed;
    private long slowestNanos;
    private String slowestFile = "";

    @BeforeAll
    void walkTheCorpora() throws IOException {
        Path corpora = SharedFiles.corpora();
        List<String> index = Files.readAllLines(corpora.resolve("INDEX.tsv"));
        for (String line : index.subList(1, index.size())) {
            String[] f = line.split("\t", -1);
            Path file = corpora.resolve(f[0]).resolve(f[1]);
            if (Files.isRegularFile(file)) {
                check(file, f[0], f[1], f[2], f[3]);
            }
        }
        print();
    }

    private void check(Path file, String corpus, String relative, String format, String wellFormed) throws IOException {
        files++;
        byte[] bytes = Files.readAllBytes(file);
        String text = CharsetDetector.decode(bytes, null).text();
        boolean feedparser = corpus.equals("feedparser");
        FeedparserFixture fixture = feedparser ? FeedparserFixture.of(text, relative) : null;
        String url = fixture != null ? fixture.documentUrl() : file.toUri().toString();
        String contentType = fixture != null ? fixture.contentType() : null;
        String name = corpus + "/" + relative;

        FeedParser.Traced result = null;
        long start = System.nanoTime();
        try {
            result = parser.parseTraced(bytes, url, contentType);
            routes.merge(result.route(), 1, Integer::sum);
        } catch (FeedParseException e) {
            refusals.merge(e.reason().name(), 1, Integer::sum);
            if (!isClear(e.getMessage())) {
                unclear.add(name + ": " + e.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            crashes.add(name + ": " + e);
        }
        long nanos = System.nanoTime() - start;
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowestFile = name;
        }
        if (nanos > SLOW_NANOS) {
            slow.add(name + ": " + nanos / 1_000_000 + " ms");
        }

        boolean json = format.startsWith("JSON Feed");
        boolean feedFormat = json || format.startsWith("RSS") || format.startsWith("Atom");
        if (feedFormat && (wellFormed.equals("yes") || wellFormed.equals("lenient"))) {
            wellFormedFeeds++;
            int expected = ExpectedItemCount.of(bytes, text, json);
            int actual = result == null ? -1 : result.feed().items().size();
            if (actual == expected) {
                wellFormedFeedsWithItems++;
                if (result.route() == ParseRoute.ROME) {
                    romeRescuedWellFormed++;
                }
            } else {
                feedsMissingItems.add(name + ": expected " + expected + " items, got "
                        + (result == null ? "an error" : actual));
            }
        }
        if (fixture != null && fixture.expect() != null && !relative.contains("/sanitize/")) {
            evaluate(name, fixture.expect(), result == null ? null : result.feed());
        }
    }

    private void evaluate(String name, String expect, ParsedFeed feed) {
        PythonExpression.Node tree;
        try {
            tree = PythonExpression.parse(expect);
        } catch (RuntimeException e) {
            checksSkipped++;
            return;
        }
        for (PythonExpression.Node conjunct : PythonExpression.conjuncts(tree)) {
            if (!FeedparserView.isFormatIndependent(PythonEvaluator.paths(conjunct))) {
                continue;
            }
            checksSelected++;
            boolean pass;
            String detail = "";
            try {
                pass = feed != null && PythonEvaluator.truthy(PythonEvaluator.eval(conjunct, n -> switch (n) {
                    case "feed" -> FeedparserView.feed(feed);
                    case "entries" -> FeedparserView.entries(feed);
                    default -> throw new IllegalStateException("unknown name " + n);
                }));
            } catch (RuntimeException e) {
                pass = false;
                detail = " (" + e.getMessage() + ")";
            }
            if (pass) {
                checksPassed++;
            } else {
                failedChecks.add(name + ": " + PythonEvaluator.paths(conjunct) + " in " + expect + detail);
            }
        }
    }

    /** One line, no Java exception names. */
    private static boolean isClear(String message) {
        return message != null && !message.isBlank() && message.indexOf('\n') < 0
                && !message.matches(".*\\b[A-Z]\\w*(Exception|Error)\\b.*");
    }

    private void print() {
        System.out.printf("corpus conformance: %d files; parsed %d %s; refused with a clear error %d %s;"
                + " crashes %d; unclear messages %d; slower than 2 s %d (slowest %d ms, %s)%n",
                files, routes.values().stream().mapToInt(Integer::intValue).sum(), routes,
                refusals.values().stream().mapToInt(Integer::intValue).sum(), refusals,
                crashes.size(), unclear.size(), slow.size(), slowestNanos / 1_000_000, slowestFile);
        System.out.printf("well-formed RSS/Atom/JSON feeds: %d; parsed with all their items: %d (%.2f%%);"
                + " of these rescued by ROME: %d%n",
                wellFormedFeeds, wellFormedFeedsWithItems, percent(wellFormedFeedsWithItems, wellFormedFeeds),
                romeRescuedWellFormed);
        System.out.printf("feedparser format-independent Expect checks: %d; passed %d (%.2f%%);"
                + " expressions not understood: %d%n",
                checksSelected, checksPassed, percent(checksPassed, checksSelected), checksSkipped);
        crashes.forEach(s -> System.out.println("  crash: " + s));
        slow.forEach(s -> System.out.println("  slow: " + s));
        unclear.forEach(s -> System.out.println("  unclear: " + s));
        feedsMissingItems.forEach(s -> System.out.println("  items: " + s));
        failedChecks.forEach(s -> System.out.println("  check: " + s));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    @Test
    void everyFileParsesOrFailsWithAClearErrorInUnderTwoSeconds() {
        assertThat(crashes).as("files that crashed the parser").isEmpty();
        assertThat(unclear).as("refusals without a clear one-line message").isEmpty();
        assertThat(slow).as("files that took more than 2 s").isEmpty();
    }

    @Test
    void wellFormedFeedsParseWithTheirItems() {
        assertThat(percent(wellFormedFeedsWithItems, wellFormedFeeds))
                .as("share of well-formed feeds parsed with all items; missing: %s", feedsMissingItems)
                .isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void feedparserFormatIndependentChecksPass() {
        assertThat(checksSelected).as("feedparser checks selected").isGreaterThan(300);
        assertThat(percent(checksPassed, checksSelected))
                .as("share of feedparser's format-independent checks passed")
                .isGreaterThanOrEqualTo(95.0);
    }
}
