package app.dossier.library;

import app.dossier.bench.FeedFolder;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import app.dossier.store.SearchFold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Building the full-text index of every article of a folder of feeds (the generated benchmark
 * feeds, say) into a fresh database, the way the index was built before (SQLite's
 * {@code unicode61} tokenizer folding the text, transactions of 1,000 articles, FTS5's 1 MB
 * buffer) and the way it is now (text folded by {@link SearchFold} beforehand, FTS5's
 * {@code ascii} tokenizer, transactions of up to 5,000 articles, a 64 MB buffer), and the new way
 * in transactions of 1,000 (what batch size alone does), alternating, round after round. Only the
 * database's work is timed: the text is made before, as the refresh
 * makes it on the CPU threads. Run after {@code mvn -B -ntp test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     app.dossier.library.SearchIndexBench /tmp/gen/feeds [rounds]
 * </pre>
 */
public final class SearchIndexBench {

    private record Doc(String title, String author, byte[] body) {
    }

    private record Variant(String name, String tokenizer, int batch, long hashSize, List<Doc> docs) {
    }

    private SearchIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchIndexBench FEED_FOLDER [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Doc> plain = new ArrayList<>();
        List<Doc> folded = new ArrayList<>();
        long bytes = 0;
        for (ParsedItem item : FeedFolder.items(Path.of(args[0]))) {
            String body = item.content() != null && !item.content().isBlank() ? item.content() : item.summary();
            byte[] html = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String author = item.authors().stream().map(Person::name).collect(Collectors.joining(", "));
            plain.add(new Doc(item.title(), author, SearchText.utf8(html.clone())));
            folded.add(new Doc(SearchFold.text(item.title()), SearchFold.text(author), SearchText.forIndex(html)));
            bytes += plain.get(plain.size() - 1).body().length;
        }
        System.out.printf(Locale.ROOT, "%d articles, %.1f MB of text%n", plain.size(), bytes / 1e6);
        List<Variant> variants = List.of(
                new Variant("unicode61, 1,000 a transaction, 1 MB buffer", "unicode61 remove_diacritics 2", 1000, 0,
                        plain),
                new Variant("folded + ascii, 1,000 a transaction, 64 MB buffer", "ascii", 1000, 64L << 20, folded),
                new Variant("folded + ascii, 5,000 a transaction, 64 MB buffer", "ascii", 5000, 64L << 20, folded));
        for (int r = 0; r < rounds; r++) {
            for (Variant v : variants) {
                double seconds = build(v);
                System.out.printf(Locale.ROOT, "round %d: %-50s %.2f s, %.0f MB/s%n", r, v.name(), seconds,
                        bytes / 1e6 / seconds);
            }
        }
    }

    private static double build(Variant v) throws Exception {
        Path dir = Files.createTempDirectory("dossier-index-bench");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("index.db"));
                    Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA cache_size = -32000");
                s.execute("PRAGMA wal_autocheckpoint = 16384");
                s.execute("CREATE VIRTUAL TABLE search USING fts5(title, author, body, content = '', "
                        + "contentless_delete = 1, tokenize = '" + v.tokenizer() + "')");
                s.execute("INSERT INTO search (search, rank) VALUES ('automerge', 16)");
                if (v.hashSize() > 0) {
                    s.execute("INSERT INTO search (search, rank) VALUES ('hashsize', " + v.hashSize() + ")");
                }
                c.setAutoCommit(false);
                long start = System.nanoTime();
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO search (rowid, title, author, body) VALUES (?, ?, ?, ?)")) {
                    int n = 0;
                    for (Doc d : v.docs()) {
                        insert.setLong(1, ++n);
                        insert.setString(2, d.title());
                        insert.setString(3, d.author());
                        insert.setBytes(4, d.body());
                        insert.addBatch();
                        if (n % v.batch() == 0) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                    insert.executeBatch();
                    c.commit();
                }
                return (System.nanoTime() - start) / 1e9;
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
