package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.library.Library;
import app.dossier.model.ArticleFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through the real command line in a child JVM with a 256 MB heap: each
 * case ends with exit code 1 and exactly one clear line on stderr, quickly, and the library the
 * user already had is intact.
 */
class BadInputTest {

    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path data;
    private String starredId;

    @BeforeEach
    void existingLibraryWithAStar() throws IOException {
        data = dir.resolve("data");
        Path feed = dir.resolve("existing.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Existing</title>"
                + "<link>https://existing.example/</link><description>d</description>"
                + "<item><guid>keep-1</guid><title>Keep me</title><description>precious</description></item>"
                + "</channel></rss>");
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            library.ingest(java.util.List.of(feed), null);
            starredId = library.articles(ArticleFilter.all(1)).get(0).id().toString();
            library.setStarred(starredId, true);
        }
    }

    private DossierProcess.Result runInChild(String... args) throws Exception {
        DossierProcess.Result r = DossierProcess.run(data, "256m", PROCESS_LIMIT, args);
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.errLines()).as("stderr").hasSize(1);
        assertThat(r.err()).startsWith("dossier: ").doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    /** The same command in this JVM, timed: the work itself must take under 2 s. */
    private String runInProcess(String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = data.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        long start = System.nanoTime();
        int code = app.dossier.cli.Cli.run(full, nowhere, new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), d -> Library.open(d, Clock.systemUTC(), app.dossier.TestWorkers.shared()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(code).isEqualTo(1);
        assertThat(took).as("time to refuse").isLessThan(Duration.ofSeconds(2));
        return err.toString(StandardCharsets.UTF_8);
    }

    private void libraryIsIntact() {
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            assertThat(library.article(starredId).starred()).isTrue();
            assertThat(library.integrityCheck()).isEqualTo("ok");
        }
    }

    private void bothWays(String... args) throws Exception {
        DossierProcess.Result child = runInChild(args);
        String inProcess = runInProcess(args);
        assertThat(inProcess.strip()).isEqualTo(child.err().strip());
        libraryIsIntact();
    }

    @Test
    void aHundredMegabyteFeed() throws Exception {
        Path big = dir.resolve("big.xml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>".getBytes());
            byte[] item = ("<item><title>x</title><description>" + "lorem ipsum ".repeat(80)
                    + "</description></item>\n").getBytes();
            for (long written = 0; written < 100L * 1024 * 1024; written += item.length) {
                out.write(item);
            }
            out.write("</channel></rss>".getBytes());
        }
        bothWays("ingest", big.toString());
    }

    @Test
    void aBillionLaughs() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        sb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item>"
                + "</channel></rss>");
        Path file = dir.resolve("lol.xml");
        Files.writeString(file, sb);
        bothWays("ingest", file.toString());
    }

    @Test
    void anExternalEntityPointingAtALocalFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETVALUE");
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>XXE</title><item><guid>x</guid><title>&xxe;</title>"
                + "<description>&xxe;</description></item></channel></rss>");
        DossierProcess.Result r = runInChild("ingest", file.toString());
        assertThat(r.out() + r.err()).doesNotContain("TOPSECRETVALUE");
        runInProcess("ingest", file.toString());
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            assertThat(library.search("TOPSECRETVALUE", 10)).isEmpty();
            assertThat(library.stats().articles()).isEqualTo(1);
        }
        libraryIsIntact();
    }

    @Test
    void aBinaryFile() throws Exception {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("noise.xml");
        Files.write(file, noise);
        bothWays("ingest", file.toString());
    }

    @Test
    void anEmptyFile() throws Exception {
        Path file = dir.resolve("empty.xml");
        Files.createFile(file);
        bothWays("ingest", file.toString());
    }

    @Test
    void jsonThatIsNotAFeed() throws Exception {
        Path file = dir.resolve("package.json");
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\", \"items\": 42}");
        bothWays("ingest", file.toString());
    }

    @Test
    void anOpmlWithTenThousandNestedOutlines() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>");
        sb.append("<outline text=\"deeper\">".repeat(10_000));
        sb.append("<outline text=\"feed\" xmlUrl=\"https://deep.example/rss\"/>");
        sb.append("</outline>".repeat(10_000));
        sb.append("</body></opml>");
        Path file = dir.resolve("deep.opml");
        Files.writeString(file, sb);
        bothWays("import-opml", file.toString());
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            assertThat(library.feeds()).hasSize(1);
        }
    }

    @Test
    void aTruncatedLibrary() throws Exception {
        // Give the library some bulk first, so half of it is a real truncation.
        Path feed = dir.resolve("bulk.xml");
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bulk</title>");
        for (int i = 0; i < 400; i++) {
            sb.append("<item><guid>b").append(i).append("</guid><title>t</title><description>")
                    .append("text ".repeat(300)).append("</description></item>");
        }
        Files.writeString(feed, sb.append("</channel></rss>"));
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            library.ingest(java.util.List.of(feed), null);
        }
        Path db = data.resolve(Library.DATABASE_FILE);
        byte[] whole = Files.readAllBytes(db);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(db, half);
        DossierProcess.Result r = runInChild("articles");
        assertThat(r.err()).contains("damaged");
        runInProcess("articles");
        runInProcess("stats");
        assertThat(Arrays.equals(Files.readAllBytes(db), half)).as("library file untouched").isTrue();
    }
}
