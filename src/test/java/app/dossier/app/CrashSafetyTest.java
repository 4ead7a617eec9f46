package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.library.Library;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the process in the middle of large ingest runs, again and again: the library must stay
 * consistent and keep every star set before.
 */
class CrashSafetyTest {

    private static final int FILES = 40;
    private static final int ITEMS = 150;

    @TempDir
    Path dir;

    @Test
    void killingAnIngestNeverCorruptsTheLibraryOrLosesStars() throws Exception {
        Path data = dir.resolve("data");
        List<String> files = writeFeeds(dir.resolve("feeds"));

        Set<String> starred;
        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            library.ingest(List.of(Path.of(files.get(0)), Path.of(files.get(1))), null);
            List<ArticleHeader> some = library.articles(ArticleFilter.all(40));
            for (int i = 0; i < some.size(); i += 3) {
                library.setStarred(some.get(i).id().toString(), true);
            }
            starred = library.articles(new ArticleFilter(null, false, true, 1000)).stream()
                    .map(h -> h.id().toString()).collect(Collectors.toSet());
        }
        assertThat(starred).hasSizeGreaterThan(5);

        Random random = new Random(42);
        int killed = 0;
        for (int round = 0; round < 5; round++) {
            List<String> args = new ArrayList<>(List.of("ingest"));
            // Each round starts from a different file, so every run has new articles to write.
            for (int i = 0; i < FILES; i++) {
                args.add(files.get((i + round * 7) % FILES));
            }
            Process p = DossierProcess.builder(data, "256m", args.toArray(String[]::new))
                    .redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            // Wait until it is demonstrably writing, then pull the plug at a random moment.
            String first = lines.readLine();
            assertThat(first).as("ingest output").isNotNull();
            Thread.sleep(random.nextInt(400));
            if (p.isAlive()) {
                p.destroyForcibly();
                killed++;
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed).as("runs killed mid-way").isGreaterThanOrEqualTo(3);

        try (Library library = Library.open(data, Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            assertThat(library.integrityCheck()).isEqualTo("ok");
            Set<String> after = library.articles(new ArticleFilter(null, false, true, 1000)).stream()
                    .map(h -> h.id().toString()).collect(Collectors.toSet());
            assertThat(after).containsAll(starred);
            // And it still works: a complete run afterwards stores everything exactly once.
            library.ingest(files.stream().map(Path::of).toList(), null);
            assertThat(library.stats().articles()).isEqualTo((long) FILES * ITEMS);
            assertThat(library.stats().pendingIndex()).isZero();
            assertThat(library.integrityCheck()).isEqualTo("ok");
        }
    }

    private static List<String> writeFeeds(Path folder) throws Exception {
        Files.createDirectories(folder);
        List<String> out = new ArrayList<>();
        String paragraph = "<p>The foreign minister said on Tuesday that talks on a ceasefire would resume, "
                + "according to officials familiar with the plan.</p>";
        for (int f = 0; f < FILES; f++) {
            Path file = folder.resolve("feed-" + f + ".xml");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + f
                        + "</title><link>https://f" + f + ".example/</link><description>d</description>");
                for (int i = 0; i < ITEMS; i++) {
                    w.write("<item><guid>f" + f + "-" + i + "</guid><title>Story " + i + " of feed " + f
                            + "</title><link>https://f" + f + ".example/" + i + "</link>"
                            + "<pubDate>Fri, 22 Nov 2024 21:00:00 GMT</pubDate><description><![CDATA["
                            + paragraph.repeat(12) + "]]></description></item>");
                }
                w.write("</channel></rss>");
            }
            out.add(file.toString());
        }
        return out;
    }
}
