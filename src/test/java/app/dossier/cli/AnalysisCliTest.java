package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.TestWorkers;
import app.dossier.library.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highlight}, {@code analyze}, {@code quotes}, {@code watch} and {@code show} in-process. */
class AnalysisCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SPEAKER_TYPES = Set.of("person", "group", "organization", "media");
    private static final Set<String> ENTITY_TYPES = Set.of("country", "person", "organization", "media", "place",
            "region");

    @TempDir
    Path dir;

    private Path data;
    private Path seed;

    record Run(int code, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) {
                if (!line.isEmpty()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        }
    }

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        seed = SharedFiles.resolve("examples/seed-article.txt");
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> full = new ArrayList<>(List.of("--data-dir", data.toString()));
        full.addAll(List.of(args));
        int code = Cli.run(full.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                d -> Library.open(d, Clock.systemUTC(), TestWorkers.shared()));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with {@code stdin} as standard input. */
    private Run runWithInput(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Checks one line of {@code highlight --jsonl} against the documented shape, field by field. */
    static void assertShape(JsonNode line) {
        assertThat(fieldNames(line)).containsExactly("file", "text", "quotes", "key_phrases", "entities",
                "boilerplate");
        assertThat(line.get("file").isTextual()).isTrue();
        String text = line.get("text").asText();
        for (JsonNode q : line.get("quotes")) {
            assertThat(fieldNames(q)).containsExactly("start", "end", "kind", "speaker", "cue", "confidence");
            assertSpan(q, text);
            assertThat(q.get("kind").asText()).isIn("direct", "indirect");
            assertThat(q.get("confidence").isNumber()).isTrue();
            assertThat(q.get("confidence").asDouble()).isBetween(0.0, 1.0);
            JsonNode s = q.get("speaker");
            if (!s.isNull()) {
                assertThat(fieldNames(s)).containsExactly("name", "as_written", "start", "end", "role", "type",
                        "official");
                assertThat(s.get("name").isNull() || s.get("name").isTextual()).isTrue();
                assertThat(s.get("role").isNull() || s.get("role").isTextual()).isTrue();
                assertThat(s.get("type").asText()).isIn(SPEAKER_TYPES);
                assertThat(s.get("official").isBoolean()).isTrue();
                assertSpan(s, text);
                assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
                        .as("the speaker's span marks where as_written stands").isEqualTo(s.get("as_written").asText());
            }
            JsonNode c = q.get("cue");
            if (!c.isNull()) {
                assertThat(fieldNames(c)).containsExactly("start", "end", "text");
                assertSpan(c, text);
            }
        }
        for (JsonNode k : line.get("key_phrases")) {
            assertThat(fieldNames(k)).containsExactly("text", "score", "occurrences");
            assertThat(k.get("score").isNumber()).isTrue();
            for (JsonNode o : k.get("occurrences")) {
                assertPair(o, text);
            }
        }
        for (JsonNode e : line.get("entities")) {
            assertThat(fieldNames(e)).containsExactly("text", "canonical", "type", "start", "end");
            assertThat(e.get("type").asText()).isIn(ENTITY_TYPES);
            assertSpan(e, text);
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        }
        for (JsonNode b : line.get("boilerplate")) {
            assertPair(b, text);
        }
    }

    private static void assertSpan(JsonNode node, String text) {
        assertThat(node.get("start").isInt()).isTrue();
        assertThat(node.get("end").isInt()).isTrue();
        assertThat(node.get("start").asInt()).isBetween(0, node.get("end").asInt());
        assertThat(node.get("end").asInt()).isLessThanOrEqualTo(text.length());
    }

    private static void assertPair(JsonNode pair, String text) {
        assertThat(pair.isArray()).isTrue();
        assertThat(pair).hasSize(2);
        assertThat(pair.get(0).isInt() && pair.get(1).isInt()).isTrue();
        assertThat(pair.get(0).asInt()).isBetween(0, pair.get(1).asInt());
        assertThat(pair.get(1).asInt()).isLessThanOrEqualTo(text.length());
    }

    /** The quote of {@code line} that covers {@code words}. */
    private static JsonNode quoteCovering(JsonNode line, String words) {
        String text = line.get("text").asText();
        int at = text.indexOf(words);
        assertThat(at).as("in the text: " + words).isNotNegative();
        for (JsonNode q : line.get("quotes")) {
            int start = q.get("start").asInt();
            int end = q.get("end").asInt();
            if (start <= at + 5 && end >= at + words.length() - 5) {
                return q;
            }
        }
        throw new AssertionError("no quote covers: " + words);
    }

    @Test
    void jsonlHasExactlyTheDocumentedShapeAndTheSeedArticlesQuotes() throws Exception {
        Run r = run("highlight", "--jsonl", seed.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertShape(line);
        assertThat(line.get("file").asText()).isEqualTo(seed.toString());
        assertThat(line.get("text").asText()).as("plain text comes back unchanged").isEqualTo(Files.readString(seed));

        JsonNode expected = JSON.readTree(Files.readString(SharedFiles.resolve("examples/seed-article.expected.json")));
        for (JsonNode must : expected.path("quotes").path("must")) {
            String words = must.get("text").asText();
            JsonNode q = quoteCovering(line, words);
            assertThat(q.get("kind").asText()).as(words).isEqualTo(must.get("kind").asText());
            JsonNode s = q.get("speaker");
            assertThat(s.isNull()).as("a speaker for " + words).isFalse();
            if (must.get("speaker").isNull()) {
                assertThat(s.get("name").isNull()).isTrue();
                assertThat(s.get("as_written").asText()).isEqualTo(must.get("source_as_written").asText());
            } else {
                assertThat(s.get("name").asText()).isEqualTo(must.get("speaker").asText());
            }
            if (must.has("speaker_as_written")) {
                assertThat(s.get("as_written").asText()).isEqualTo(must.get("speaker_as_written").asText());
            }
            if (must.has("role")) {
                assertThat(s.get("role").asText()).isEqualTo(must.get("role").asText());
            }
            if (must.has("speaker_type")) {
                assertThat(s.get("type").asText()).isEqualTo(must.get("speaker_type").asText());
            }
            assertThat(s.get("official").asBoolean()).as("official: " + words).isEqualTo(must.get("official").asBoolean());
        }
        JsonNode tyson = quoteCovering(line, "The fact that we went 10 rounds with Mike Tyson is a success,");
        String text = line.get("text").asText();
        assertThat(text.substring(tyson.get("start").asInt(), tyson.get("end").asInt()))
                .as("quote spans leave the quote marks out")
                .isEqualTo("The fact that we went 10 rounds with Mike Tyson is a success,");
        assertThat(tyson.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(tyson.get("speaker").get("role").asText()).isEqualTo("former Ukrainian defense minister");

        List<String> phrases = new ArrayList<>();
        line.get("key_phrases").forEach(k -> phrases.add(k.get("text").asText().toLowerCase(java.util.Locale.ROOT)));
        assertThat(phrases).contains("punishing blow", "security guarantee", "ceasefire violations");
        assertThat(line.get("entities").findValuesAsText("canonical")).contains("Andriy Zagorodnyuk", "NATO");
        int patron = text.indexOf("Become a Patron!");
        boolean covered = false;
        for (JsonNode b : line.get("boilerplate")) {
            covered |= b.get(0).asInt() <= patron && b.get(1).asInt() >= patron + 16;
        }
        assertThat(covered).as("the donation appeal is boilerplate").isTrue();
    }

    @Test
    void standardInputAndHtmlAreRead() throws Exception {
        String html = "<html><body><p>“We will not accept any ceasefire that freezes the front line,” Russian "
                + "Foreign Minister Sergei Lavrov told reporters.</p><nav>Share this</nav></body></html>";
        Run r = runWithInput(html.getBytes(StandardCharsets.UTF_8), "highlight", "--jsonl", "-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode line = r.lines().get(0);
        assertShape(line);
        assertThat(line.get("file").asText()).isEqualTo("-");
        assertThat(line.get("text").asText()).as("HTML gives its text").doesNotContain("<p>").startsWith("“We will");
        JsonNode q = line.get("quotes").get(0);
        assertThat(q.get("speaker").get("name").asText()).isEqualTo("Sergei Lavrov");
        assertThat(q.get("speaker").get("official").asBoolean()).isTrue();

        Run plain = runWithInput("Nothing was said.\r\n".getBytes(StandardCharsets.UTF_8), "highlight", "--jsonl", "-");
        JsonNode p = plain.lines().get(0);
        assertShape(p);
        assertThat(p.get("text").asText()).isEqualTo("Nothing was said.\r\n");
        assertThat(p.get("quotes")).isEmpty();
    }

    @Test
    void aVeryLongInputSaysThatOnlyItsBeginningWasAnalysed() throws Exception {
        Path longText = dir.resolve("long.txt");
        String paragraph = "The talks went on. “We are close,” the minister said.\n\n";
        Files.writeString(longText, paragraph.repeat(450_000 / paragraph.length() + 1));
        Path shortText = dir.resolve("short.txt");
        Files.writeString(shortText, paragraph);

        Run r = run("highlight", "--jsonl", longText.toString(), shortText.toString());

        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.err()).isEqualTo("dossier: " + longText + ": only the first 400,000 characters were analysed"
                + System.lineSeparator());
    }

    @Test
    void badFilesAreOneLineEachAndTheOthersAreStillRead() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "“This is a statement long enough to be kept as a quote,” the minister said.");
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 talks, the envoy said.".getBytes(StandardCharsets.ISO_8859_1));

        Run r = run("highlight", "--jsonl", dir.resolve("missing.txt").toString(), good.toString(), dir.toString(),
                binary.toString(), huge.toString(), latin1.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.get("file").asText()).containsExactly(good.toString(), latin1.toString());
        lines.forEach(AnalysisCliTest::assertShape);
        assertThat(lines.get(1).get("text").asText()).startsWith("Café talks");
        String[] errors = r.err().strip().split("\\R");
        assertThat(errors).hasSize(4);
        assertThat(errors[0]).startsWith("dossier: ").contains("missing.txt", "no such file");
        assertThat(errors[1]).contains("is a directory");
        assertThat(errors[2]).contains("image.png", "not a text file");
        assertThat(errors[3]).contains("huge.txt", "larger than 20 MB");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void highlightWithoutJsonlIsReadable() {
        Run r = run("highlight", seed.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Who said what (", "Andriy Zagorodnyuk, former Ukrainian defense minister · official",
                "“The fact that we went 10 rounds with Mike Tyson is a success,”", "(as “he”)",
                "Key phrases: ", "punishing blow", "Entities: ", "Ukraine (country");
    }

    private void ingestSeedAndLavrov() throws Exception {
        String seedHtml = app.dossier.QuotedArticles.seedHtml();
        Path feed = dir.resolve("wire.xml");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Kyiv Wire</title><link>https://kyiv.example/</link><description>d</description>"
                + "<item><guid>seed</guid><title>Punishing blow</title><pubDate>Fri, 22 Nov 2024 21:00:00 GMT</pubDate>"
                + "<description><![CDATA[" + seedHtml + "]]></description></item>"
                + "<item><guid>lavrov</guid><title>Lavrov speaks</title><pubDate>Sat, 23 Nov 2024 21:00:00 GMT</pubDate>"
                + "<description><![CDATA[" + app.dossier.QuotedArticles.LAVROV + "]]></description></item>"
                + "</channel></rss>");
        assertThat(run("ingest", "-q", feed.toString()).code()).isZero();
    }

    @Test
    void analyzeThenQuotesAcrossTheLibrary() throws Exception {
        ingestSeedAndLavrov();
        Run before = run("quotes");
        assertThat(before.out()).contains("No quotes yet.", "2 articles are not analysed yet");

        Run analyze = run("analyze");
        assertThat(analyze.code()).isZero();
        assertThat(analyze.out()).contains("Analysing 2 articles…", "2/2 (100%)", "Analysed 2 articles in");
        assertThat(run("analyze").out()).contains("Every article is analysed.");

        Run quotes = run("quotes");
        assertThat(quotes.out()).contains("Sergei Lavrov, Russian Foreign Minister · official",
                "“We will not accept any ceasefire that freezes the front line,”", "in Lavrov speaks · Kyiv Wire");
        assertThat(quotes.out().indexOf("Sergei Lavrov")).as("newest article first")
                .isLessThan(quotes.out().indexOf("Zagorodnyuk"));

        JsonNode officials = JSON.readTree(run("quotes", "--official", "--json").out());
        assertThat(officials).isNotEmpty();
        for (JsonNode q : officials) {
            assertThat(fieldNames(q)).containsExactly("article", "title", "feed", "date", "kind", "text", "speaker",
                    "confidence");
            assertThat(fieldNames(q.get("speaker"))).containsExactly("name", "as_written", "role", "type", "official");
            assertThat(q.get("speaker").get("official").asBoolean()).isTrue();
        }
        assertThat(officials.findValuesAsText("name")).doesNotContain("The New York Times");

        JsonNode zagorodnyuk = JSON.readTree(run("quotes", "--speaker", "ZAGORODNYUK", "--json").out());
        assertThat(zagorodnyuk).hasSize(3);
        assertThat(zagorodnyuk.get(0).get("title").asText()).isEqualTo("Punishing blow");
        assertThat(zagorodnyuk.get(0).get("date").asText()).isEqualTo("2024-11-22T21:00:00Z");
        assertThat(JSON.readTree(run("quotes", "--limit", "1", "--json").out())).hasSize(1);
        assertThat(run("quotes", "--speaker", "nobody at all").out()).contains("No quotes match.");
        Run bad = run("quotes", "--limit", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip().split("\\R")).hasSize(1);
    }

    @Test
    void showAddsWhoSaidWhatUnderTheText() throws Exception {
        ingestSeedAndLavrov();
        JsonNode list = JSON.readTree(run("articles", "--json").out());
        String lavrov = list.get(0).get("id").asText();
        Run show = run("show", lavrov);
        assertThat(show.code()).isZero();
        String out = show.out();
        assertThat(out.indexOf("Who said what (2 quotes):")).as("under the text")
                .isGreaterThan(out.indexOf("told reporters in Moscow"));
        assertThat(out).contains("Sergei Lavrov, Russian Foreign Minister · official", "Key phrases: ");
    }

    @Test
    void theWatchListFromTheCommandLine() throws Exception {
        assertThat(run("watch").out()).contains("The watch list is empty");
        assertThat(run("watch", "add", "Soviet", "Union").out()).contains("Watching: Soviet Union");
        assertThat(run("watch", "add", "soviet unions").out()).contains("Already watching: soviet unions");
        assertThat(run("watch", "list").out()).isEqualTo("Soviet Union" + System.lineSeparator());

        JsonNode line = run("highlight", "--jsonl", seed.toString()).lines().get(0);
        assertThat(line.get("key_phrases").get(0).get("text").asText()).as("watch terms come first")
                .isEqualTo("Soviet Union");

        assertThat(run("watch", "remove", "Soviet Union").out()).contains("No longer watching: Soviet Union");
        Run again = run("watch", "remove", "Soviet Union");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("not on the watch list");
        assertThat(run("watch", "add", "--").code()).isNotZero();
    }
}
