package app.dossier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under a warm refresh: the JDK's HTTP client on its own, with nothing of Dossier around
 * it, sending every feed of a library one conditional GET (the validators the library stored),
 * at most 16 at a time and 2 per host, round after round in one JVM. The first round is what a
 * fresh process pays (connections, class loading, compilation); the later ones what the client
 * costs once warm. Run it against the shared loopback server after a cold refresh of that library
 * (see {@code docs/benchmarks.md}, section 2), with the command line's JVM options:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m \
 *     -cp "target/test-classes:$(cat target/cp.txt)" app.dossier.bench.BareClientRounds LIBRARY/library.db 5
 * </pre>
 */
public final class BareClientRounds {

    private BareClientRounds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BareClientRounds LIBRARY.db [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String[]> feeds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT f.url, ff.etag, ff.last_modified FROM feed f JOIN feed_fetch ff ON ff.feed_id = f.id")) {
            while (rs.next()) {
                feeds.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).executor(pool).build();
        Map<String, Semaphore> perHost = new HashMap<>();
        for (String[] f : feeds) {
            perHost.putIfAbsent(URI.create(f[0]).getHost(), new Semaphore(2));
        }
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            Semaphore global = new Semaphore(16);
            CountDownLatch done = new CountDownLatch(feeds.size());
            AtomicInteger notModified = new AtomicInteger();
            for (String[] f : feeds) {
                Semaphore host = perHost.get(URI.create(f[0]).getHost());
                global.acquire();
                host.acquire();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(f[0])).header("Accept-Encoding", "gzip");
                if (f[1] != null) {
                    request.header("If-None-Match", f[1]);
                }
                if (f[2] != null) {
                    request.header("If-Modified-Since", f[2]);
                }
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                    if (r != null && r.statusCode() == 304) {
                        notModified.incrementAndGet();
                    }
                    host.release();
                    global.release();
                    done.countDown();
                });
            }
            done.await();
            System.out.printf(Locale.ROOT, "round %d: %d requests in %.0f ms, %d answered 304%n", round, feeds.size(),
                    (System.nanoTime() - start) / 1e6, notModified.get());
        }
        pool.shutdownNow();
        System.exit(0);
    }
}
