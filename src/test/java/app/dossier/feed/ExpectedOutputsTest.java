package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Other readers' expected outputs, where they map onto our model: gofeed's format-neutral
 * "translator" expectations ({@code X.xml} + {@code X.json}) and feed-rs's ({@code X.xml} +
 * {@code X.serde.json}). Each expected field that our model has is one comparison: feed title and
 * link, the number of entries, and per entry title, link, guid, dates, enclosure URLs and author
 * names. Prints the counts and the mismatches; holds a floor so a regression shows.
 */
class ExpectedOutputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeedParser parser = new FeedParser();
    private final List<String> mismatches = new ArrayList<>();
    private int compared;
    private int matched;

    @Test
    void gofeedAndFeedRsExpectationsMostlyHold() throws IOException {
        Path corpora = SharedFiles.corpora();
        int pairs = 0;
        try (Stream<Path> files = Files.walk(corpora.resolve("gofeed/testdata/translator"))) {
            for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                Path expected = Path.of(xml.toString().replaceAll("\\.xml$", ".json"));
                if (Files.exists(expected)) {
                    pairs++;
                    compareGofeed(xml, JSON.readTree(expected.toFile()));
                }
            }
        }
        try (Stream<Path> files = Files.walk(corpora.resolve("feed-rs"))) {
            for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                Path expected = Path.of(xml.toString().replaceAll("\\.xml$", ".serde.json"));
                if (Files.exists(expected)) {
                    pairs++;
                    compareFeedRs(xml, JSON.readTree(expected.toFile()));
                }
            }
        }
        double share = compared == 0 ? 0 : 100.0 * matched / compared;
        System.out.printf("gofeed/feed-rs expected outputs: %d pairs, %d fields compared, %d match (%.2f%%)%n",
                pairs, compared, matched, share);
        mismatches.forEach(m -> System.out.println("  expected-output: " + m));
        assertThat(pairs).isGreaterThan(100);
        assertThat(share).as("share of other readers' expected fields we reproduce").isGreaterThanOrEqualTo(90.0);
    }

    private ParsedFeed parse(Path xml) {
        try {
            return parser.parse(xml);
        } catch (FeedParseException | IOException e) {
            return null;
        }
    }

    private void compareGofeed(Path xml, JsonNode e) {
        ParsedFeed f = parse(xml);
        String name = xml.getFileName().toString();
        check(name, "title", text(e, "title"), f == null ? null : f.title());
        check(name, "link", text(e, "link"), f == null ? null : f.link());
        JsonNode items = e.path("items");
        if (items.isArray() && items.size() > 0) {
            check(name, "item count", String.valueOf(items.size()), f == null ? null : String.valueOf(f.items().size()));
            for (int i = 0; i < items.size() && f != null && i < f.items().size(); i++) {
                JsonNode ei = items.get(i);
                ParsedItem a = f.items().get(i);
                check(name, "items[" + i + "].title", text(ei, "title"), a.title());
                check(name, "items[" + i + "].link", text(ei, "link"), a.link());
                check(name, "items[" + i + "].guid", text(ei, "guid"), a.guid());
                checkDate(name, "items[" + i + "].published", text(ei, "publishedParsed"), a.published());
                checkDate(name, "items[" + i + "].updated", text(ei, "updatedParsed"), a.updated() != null ? a.updated() : a.published());
                JsonNode enclosures = ei.path("enclosures");
                for (int j = 0; j < enclosures.size(); j++) {
                    check(name, "items[" + i + "].enclosures[" + j + "]", text(enclosures.get(j), "url"),
                            j < a.enclosures().size() ? a.enclosures().get(j).url() : null);
                }
                JsonNode authors = ei.path("authors");
                for (int j = 0; j < authors.size(); j++) {
                    check(name, "items[" + i + "].authors[" + j + "]", text(authors.get(j), "name"),
                            j < a.authors().size() ? a.authors().get(j).name() : null);
                }
            }
        }
    }

    private void compareFeedRs(Path xml, JsonNode e) {
        ParsedFeed f = parse(xml);
        String name = xml.getFileName().toString();
        check(name, "title", text(e.path("title"), "content"), f == null ? null : f.title());
        JsonNode entries = e.path("entries");
        check(name, "entry count", String.valueOf(entries.size()), f == null ? null : String.valueOf(f.items().size()));
        for (int i = 0; i < entries.size() && f != null && i < f.items().size(); i++) {
            JsonNode ei = entries.get(i);
            ParsedItem a = f.items().get(i);
            check(name, "entries[" + i + "].title", text(ei.path("title"), "content"), a.title());
            checkDate(name, "entries[" + i + "].published", text(ei, "published"), a.published());
        }
    }

    private void check(String file, String field, String expected, String actual) {
        if (expected == null || expected.isBlank()) {
            return;
        }
        compared++;
        String want = collapse(expected);
        String got = actual == null ? null : collapse(actual);
        if (want.equals(got) || (got != null && collapse(Jsoup.parseBodyFragment(expected).text()).equals(got))) {
            matched++;
        } else {
            mismatches.add(file + " " + field + ": expected [" + want + "] got [" + got + "]");
        }
    }

    private void checkDate(String file, String field, String expected, Instant actual) {
        if (expected == null) {
            return;
        }
        compared++;
        Instant want = DateParser.parse(expected);
        if (Objects.equals(want, actual)) {
            matched++;
        } else {
            mismatches.add(file + " " + field + ": expected " + expected + " got " + actual);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
