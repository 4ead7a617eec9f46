package app.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Bulk indexing into a search table shaped like the library's (contentless FTS5, the same
 * tokenizer) under two settings of FTS5, alternating, in batches of 1,000 per transaction as the
 * refresh writes them; then the same queries against both. By default segments merged four at a
 * time (SQLite's default) against sixteen at a time (the library's setting); any two sets of
 * FTS5 settings can be given instead, e.g. {@code "automerge=16" "automerge=16;hashsize=33554432"}.
 * After {@code mvn -B -ntp test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" app.dossier.bench.SearchMergeBench [documents] [rounds] [settings settings]
 * </pre>
 */
public final class SearchMergeBench {

    /** Documents per transaction: {@code -Dbatch=N}, 1,000 by default (as the refresh writes them). */
    private static final int BATCH = Integer.getInteger("batch", 1000);

    private SearchMergeBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<String> bodies = bodies(documents);
        double[][] insert = new double[2][rounds];
        double[][] query = new double[2][rounds];
        String[] configs = {args.length > 2 ? args[2] : "automerge=4", args.length > 3 ? args[3] : "automerge=16"};
        for (int r = 0; r < rounds; r++) {
            for (int m = 0; m < 2; m++) {
                double[] t = run(bodies, configs[m]);
                insert[m][r] = t[0];
                query[m][r] = t[1];
            }
        }
        for (int m = 0; m < 2; m++) {
            System.out.printf(Locale.ROOT, "%s: index %.2f s median (%.1f MB/s), query %.2f ms median%n",
                    configs[m], median(insert[m]), documents * 3.0 / 1000 / median(insert[m]), median(query[m]));
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratios[r] = insert[1][r] / insert[0][r];
        }
        System.out.printf(Locale.ROOT, "index time, second / first, per round: median %.2f %s%n", median(ratios),
                Arrays.toString(Arrays.stream(ratios).map(x -> Math.round(x * 100) / 100.0).toArray()));
    }

    /** Seconds to index all bodies, and milliseconds per query afterwards. */
    private static double[] run(List<String> bodies, String config) throws Exception {
        Path file = Files.createTempFile("search-merge", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("CREATE VIRTUAL TABLE search USING fts5(title, author, body, content = '', "
                        + "contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
                for (String setting : config.split(";")) {
                    String[] kv = setting.split("=", 2);
                    s.execute("INSERT INTO search (search, rank) VALUES ('" + kv[0] + "', " + Integer.parseInt(kv[1]) + ")");
                }
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO search (rowid, title, author, body) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < bodies.size(); i++) {
                    insert.setLong(1, i + 1);
                    insert.setString(2, "Story " + i);
                    insert.setString(3, "Desk");
                    insert.setString(4, bodies.get(i));
                    insert.addBatch();
                    if (i % BATCH == BATCH - 1 || i == bodies.size() - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            long q = System.nanoTime();
            int queries = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rowid FROM search WHERE search MATCH ? ORDER BY bm25(search) LIMIT 50")) {
                for (String term : WORDS) {
                    ps.setString(1, term);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                    queries++;
                }
            }
            return new double[] {seconds, (System.nanoTime() - q) / 1e6 / queries};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
    }

    private static final String[] WORDS = ("ceasefire talks minister sanctions security guarantee deterrence "
            + "negotiation officials region analysts parliament budget election treaty border envoy summit "
            + "inflation pipeline refugees").split(" ");

    /** About 3 KB of news-like words per document, the same on every run. */
    private static List<String> bodies(int n) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder(3100);
            while (sb.length() < 3000) {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(4) == 0) {
                    sb.append(random.nextInt(500));
                }
                sb.append(' ');
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
