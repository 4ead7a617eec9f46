package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.library.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: output, exit codes and the documented JSON shapes. */
class CliTest {

    @TempDir
    Path dir;

    private Path data;
    private Path feedFile;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        feedFile = dir.resolve("wire.xml");
        Files.writeString(feedFile, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Wire Service</title><link>https://wire.example/</link><description>World news</description>
                  <language>en</language>
                  <item><guid>w-1</guid><title>Ceasefire talks resume</title><link>https://wire.example/1</link>
                    <pubDate>Fri, 22 Nov 2024 21:00:00 GMT</pubDate><author>desk@wire.example (Olena Kovalenko)</author>
                    <category>Ukraine</category>
                    <enclosure url="https://wire.example/1.mp3" type="audio/mpeg" length="1234"/>
                    <description><![CDATA[<p>Negotiators discussed a <b>security guarantee</b>.</p><p>Second paragraph.</p>]]></description>
                  </item>
                  <item><guid>w-2</guid><title>Sanctions package adopted</title><link>https://wire.example/2</link>
                    <pubDate>Sat, 23 Nov 2024 09:30:00 GMT</pubDate><description>New sanctions.</description></item>
                </channel></rss>
                """);
    }

    private Run run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    private Run runWithEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> full = new ArrayList<>();
        if (!env.containsKey("DOSSIER_DATA_DIR")) {
            full.add("--data-dir");
            full.add(data.toString());
        }
        full.addAll(List.of(args));
        int code = Cli.run(full.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, d -> Library.open(d, Clock.systemUTC(), app.dossier.TestWorkers.shared()));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void oneErrorLine(Run r, int code) {
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.err().strip().split("\\R")).hasSize(1);
        assertThat(r.err()).startsWith("dossier: ").doesNotContain("Exception");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: dossier", "ingest", "export-opml", "Exit codes");
        Run bare = run();
        assertThat(bare.code()).isZero();
        assertThat(bare.out()).contains("Usage: dossier");
        assertThat(run("--version").out()).startsWith("Dossier ");
        assertThat(run("search", "--help").out()).contains("author:NAME", "feed:NAME");
    }

    @Test
    void onlyTheCommandsTheArgumentsNameAreBuiltAndHelpStillListsThemAll() {
        assertThat(DossierCommand.commandsFor(new String[] {"--data-dir", "x", "feeds", "--status"}))
                .containsExactly(FeedsCommand.class);
        assertThat(DossierCommand.commandsFor(new String[] {"analyse"})).containsExactly(AnalyzeCommand.class);
        assertThat(DossierCommand.commandsFor(new String[] {"watch", "add", "sanctions"}))
                .containsExactly(AddCommand.class, WatchCommand.class); // in help order; the extra one is harmless
        assertThat(DossierCommand.commandsFor(new String[] {"feeds", "--help"})).containsExactly(FeedsCommand.class);
        for (String[] all : new String[][] {{}, {"fedds"}, {"--help", "feeds"}, {"-V"}, {"--data-dir", "x"}}) {
            assertThat(DossierCommand.commandsFor(all)).as(String.join(" ", all)).isEqualTo(DossierCommand.COMMANDS);
        }
        Run help = run("--help");
        for (Class<?> c : DossierCommand.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help.out()).as(name).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(name) + "[ ,]");
        }
        Run feeds = run("feeds", "--data-dir", dir.resolve("elsewhere").toString());
        assertThat(feeds.code()).as("an inherited option after the command").isZero();
    }

    @Test
    void typosAreUsageMistakesWithOneLine() {
        Run typo = run("fedds");
        oneErrorLine(typo, 2);
        assertThat(typo.err()).contains("unknown command 'fedds'", "did you mean 'feeds'");
        Run unrelated = run("nosuch");
        oneErrorLine(unrelated, 2);
        assertThat(unrelated.err()).contains("unknown command 'nosuch'").doesNotContain("did you mean");
        assertThat(run("serach", "x").err()).contains("did you mean 'search'");
        assertThat(run("articles", "--unred").err()).contains("did you mean '--unread'");
        Run nested = run("watch", "add");
        oneErrorLine(nested, 2);
        assertThat(nested.err()).contains("see 'dossier watch add --help'");
        assertThat(run("fedds").err()).contains("see 'dossier --help'");
        assertThat(run("articles", "--limit", "many").err()).contains("see 'dossier articles --help'");
        oneErrorLine(run("add"), 2);
        oneErrorLine(run("articles", "--limit", "many"), 2);
        oneErrorLine(run("articles", "--unknown-flag"), 2);
        oneErrorLine(run("articles", "--limit", "0"), 2);
        oneErrorLine(run("search", "x", "--limit", "-3"), 2);
        oneErrorLine(run("show", "not-an-id"), 1);
        oneErrorLine(run("remove", "nothing"), 1);
        oneErrorLine(run("import-opml", dir.resolve("missing.opml").toString()), 1);
        oneErrorLine(run("parse", dir.resolve("missing.xml").toString()), 1);
        oneErrorLine(run("add", "not a feed"), 1);
    }

    @Test
    void aReadingSessionFromTheCommandLine() throws Exception {
        Run add = run("add", feedFile.toString());
        assertThat(add.code()).isZero();
        assertThat(add.out()).contains("Subscribed: Wire Service", "2 articles");

        Run feeds = run("feeds", "--json");
        JsonNode f = feeds.json().get(0);
        assertThat(f.get("name").asText()).isEqualTo("Wire Service");
        assertThat(f.get("articles").asInt()).isEqualTo(2);
        assertThat(f.get("unread").asInt()).isEqualTo(2);
        assertThat(run("feeds").out()).contains("Wire Service");

        JsonNode list = run("articles", "--json").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("title").asText()).isEqualTo("Sanctions package adopted");
        String id = list.get(1).get("id").asText();
        assertThat(id).hasSize(16);

        assertThat(run("star", id.substring(0, 8)).out()).startsWith("Starred: " + id);
        assertThat(run("read", id).code()).isZero();
        JsonNode starred = run("articles", "--starred", "--json").json();
        assertThat(starred).hasSize(1);
        assertThat(starred.get(0).get("read").asBoolean()).isTrue();
        assertThat(run("articles", "--unread", "--json").json()).hasSize(1);
        assertThat(run("unstar", id).code()).isZero();
        assertThat(run("unread", id).code()).isZero();
        assertThat(run("articles", "--starred").out()).contains("No articles.");

        Run show = run("show", id);
        assertThat(show.out()).contains("Ceasefire talks resume", "Negotiators discussed a security guarantee.",
                "Second paragraph.", "https://wire.example/1", "Attachment: https://wire.example/1.mp3")
                .doesNotContain("<p>");
        JsonNode shown = run("show", id, "--json").json();
        assertThat(shown.get("text").asText()).contains("security guarantee");

        JsonNode hits = run("search", "security", "guarantee", "--json").json();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("id").asText()).isEqualTo(id);
        assertThat(run("search", "nothing-like-this").out()).contains("No articles match.");
        // Articles stored but not yet searchable (an interrupted refresh, an upgraded index) are indexed first.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("library.db"));
                java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO search (search) VALUES ('delete-all')");
            s.execute("INSERT INTO search_pending (rid) SELECT rid FROM article");
        }
        Run catchUp = run("search", "security", "guarantee", "--json");
        assertThat(catchUp.err()).isEqualTo("Making 2 articles searchable first…" + System.lineSeparator());
        assertThat(new ObjectMapper().readTree(catchUp.out())).hasSize(1);
        assertThat(run("search", "security").err()).isEmpty();

        JsonNode stats = run("stats", "--json").json();
        assertThat(stats.get("articles").asInt()).isEqualTo(2);
        assertThat(stats.get("not_yet_searchable").asInt()).isZero();
        assertThat(run("stats").out()).contains("Articles:   2");

        Run removed = run("remove", "Wire Service");
        assertThat(removed.out()).contains("Unsubscribed: Wire Service");
        assertThat(run("feeds").out()).contains("No subscriptions yet");
    }

    @Test
    void parseJsonHasExactlyTheDocumentedShape() throws Exception {
        Run r = run("parse", feedFile.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode feed = r.json();
        assertThat(fieldNames(feed)).containsExactly("format", "title", "link", "description", "language",
                "updated", "items");
        assertThat(feed.get("format").asText()).isEqualTo("rss-2.0");
        assertThat(feed.get("updated").isNull()).isTrue();
        JsonNode item = feed.get("items").get(0);
        assertThat(fieldNames(item)).containsExactly("id", "title", "link", "published", "updated", "authors",
                "summary", "content", "categories", "enclosures");
        assertThat(item.get("published").asText()).isEqualTo("2024-11-22T21:00:00Z");
        assertThat(item.get("updated").isNull()).isTrue();
        assertThat(fieldNames(item.get("enclosures").get(0))).containsExactly("url", "type", "length");
        assertThat(item.get("enclosures").get(0).get("length").asLong()).isEqualTo(1234);
        assertThat(item.get("categories").get(0).asText()).isEqualTo("Ukraine");
        if (item.get("authors").size() > 0) {
            assertThat(fieldNames(item.get("authors").get(0))).containsExactly("name", "email", "uri");
        }
        assertThat(run("stats", "--json").json().get("feeds").asInt()).as("parse stores nothing").isZero();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void opmlOutAndBackIn() throws Exception {
        run("add", "--no-fetch", "https://kyiv.example/rss");
        run("add", "--no-fetch", "https://wire.example/atom");
        Path out = dir.resolve("subs.opml");
        Run export = run("export-opml", out.toString());
        assertThat(export.code()).isZero();
        assertThat(Files.readString(out)).contains("xmlUrl=\"https://kyiv.example/rss\"");
        assertThat(run("export-opml").out()).contains("<opml version=\"2.0\">");

        Path other = dir.resolve("other");
        Map<String, String> env = Map.of("DOSSIER_DATA_DIR", other.toString());
        Run imported = runWithEnv(env, "import-opml", out.toString());
        assertThat(imported.out()).contains("Imported 2 feeds");
        Run again = runWithEnv(env, "import-opml", out.toString());
        assertThat(again.out()).contains("Imported 0 feeds", "2 already subscribed");
    }

    @Test
    void theDataDirectoryCanComeFromTheEnvironment() {
        Path envDir = dir.resolve("from-env");
        Run r = runWithEnv(Map.of("DOSSIER_DATA_DIR", envDir.toString()), "stats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(envDir.toString());
        assertThat(Files.exists(envDir.resolve(Library.DATABASE_FILE))).isTrue();
    }

    @Test
    void ingestReportsEachFileAndTotals() throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "this is a shopping list, not a feed");
        Run r = run("ingest", feedFile.toString(), broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Wire Service: 2 new", "Ingested 1 file: 2 new, 0 updated; 1 failed");
        assertThat(r.err().strip().split("\\R")).hasSize(1);
        assertThat(r.err()).contains("broken.xml");
    }
}
