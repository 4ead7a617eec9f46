package app.dossier.feed;

import app.dossier.model.ParsedFeed;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link HostileInputTest}: parses each file named on the
 * command line and prints one line per file: name, outcome (OK or the refusal reason), items,
 * milliseconds, message. Exits non-zero on anything but a parse or a refusal.
 */
final class HostileInputProbe {

    private HostileInputProbe() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FeedParser parser = new FeedParser();
        for (String arg : args) {
            Path file = Path.of(arg);
            long start = System.nanoTime();
            String outcome;
            try {
                ParsedFeed feed = parser.parse(file);
                outcome = "OK\t" + feed.items().size() + "\t" + feed.title();
            } catch (FeedParseException e) {
                outcome = e.reason() + "\t0\t" + e.getMessage();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            String[] parts = outcome.split("\t", 3);
            out.println(file.getFileName() + "\t" + parts[0] + "\t" + parts[1] + "\t" + ms + "\t" + parts[2]);
        }
    }
}
