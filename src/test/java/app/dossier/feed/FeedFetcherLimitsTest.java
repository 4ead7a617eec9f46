package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FeedFetcherLimitsTest extends FetcherTestBase {

    private void slowFeed(String path) {
        server.on(path, ex -> {
            try {
                Thread.sleep(80);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, RSS_BYTES);
        });
    }

    private List<FetchResult> fetchAll(FeedFetcher fetcher, List<String> urls) throws Exception {
        List<CompletableFuture<FetchResult>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(fetcher.fetch(FetchRequest.of(url)));
        }
        List<FetchResult> results = new ArrayList<>();
        for (CompletableFuture<FetchResult> f : futures) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void atMostTwoConnectionsToOneHost() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slowFeed("/feed" + i);
            urls.add(server.url("/feed" + i));
        }

        List<FetchResult> results = fetchAll(fetcher(), urls);

        assertThat(results).extracting(FetchResult::outcome).containsOnly(Outcome.UPDATED);
        assertThat(server.requests()).hasSize(20);
        assertThat(server.maxInFlight()).isEqualTo(2);
    }

    @Test
    void atMostTheGlobalLimitInAll() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slowFeed("/feed" + i);
            urls.add(server.url("/feed" + i));
        }
        FetchSettings settings = fast().withLimits(100, 3, Duration.ZERO);

        List<FetchResult> results = fetchAll(fetcher(settings), urls);

        assertThat(results).extracting(FetchResult::outcome).containsOnly(Outcome.UPDATED);
        assertThat(server.maxInFlight()).isEqualTo(3);
    }

    @Test
    void startsAreSpacedSoAStartUpDoesNotBurst() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            server.on("/feed" + i, LoopbackServer.answer(200, RSS_BYTES));
            urls.add(server.url("/feed" + i));
        }
        FetchSettings settings = fast().withLimits(16, 16, Duration.ofMillis(150));

        fetchAll(fetcher(settings), urls);

        // Arrival times at the server wobble by a few milliseconds around the client's spacing.
        List<Long> arrivals = server.requests().stream().map(LoopbackServer.Seen::nanoTime).sorted().toList();
        assertThat(arrivals).hasSize(5);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i) - arrivals.get(i - 1)).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(75));
        }
        assertThat(arrivals.get(4) - arrivals.get(0)).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(540));
    }

    @Test
    void aSlowDripIsCutOffAtTheResponseLimit() throws Exception {
        try (ServerSocket socket = rawServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 1000; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            }
        })) {
            FetchSettings settings = fast().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
            long start = System.nanoTime();

            FetchResult result = fetch(fetcher(settings), FetchRequest.of(rawUrl(socket)));

            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.problem()).isEqualTo(Problem.TIMEOUT);
            assertThat(result.message()).isEqualTo("no complete answer from 127.0.0.1 within 1 s");
            assertThat(result.wireBytes()).isBetween(1L, 999L);
            assertThat(result.duration()).as("stopped at the limit").isBetween(Duration.ofMillis(690), Duration.ofMillis(2000));
            assertThat(tookMillis).as("not after the 100 s drip").isLessThan(8000);
        }
    }

    @Test
    void aServerThatFallsSilentAfterTheHeadersIsCutOff() throws Exception {
        try (ServerSocket socket = rawServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(60_000);
        })) {
            FetchSettings settings = fast().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));

            FetchResult result = fetch(fetcher(settings), FetchRequest.of(rawUrl(socket)));

            assertThat(result.problem()).isEqualTo(Problem.TIMEOUT);
        }
    }

    @Test
    void aServerThatNeverAnswersIsCutOff() throws Exception {
        try (ServerSocket socket = rawServer(out -> Thread.sleep(60_000))) {
            FetchSettings settings = fast().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));

            FetchResult result = fetch(fetcher(settings), FetchRequest.of(rawUrl(socket)));

            assertThat(result.problem()).isEqualTo(Problem.TIMEOUT);
            assertThat(result.status()).isZero();
        }
    }

    @Test
    void aTimedOutFetchGivesItsSlotBack() throws Exception {
        try (ServerSocket socket = rawServer(out -> Thread.sleep(60_000))) {
            server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));
            FetchSettings settings = fast().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                    .withLimits(1, 1, Duration.ZERO);
            FeedFetcher fetcher = fetcher(settings);

            List<FetchResult> results = fetchAll(fetcher, List.of(rawUrl(socket), rawUrl(socket), server.url("/feed")));

            assertThat(results).extracting(FetchResult::problem)
                    .containsExactly(Problem.TIMEOUT, Problem.TIMEOUT, Problem.NONE);
        }
    }

    interface Script {
        void run(OutputStream out) throws Exception;
    }

    /** A server on 127.0.0.1 that reads the request head and then follows {@code script}. */
    private ServerSocket rawServer(Script script) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    Thread worker = new Thread(() -> serve(s, script), "raw-server-worker");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    private static void serve(Socket s, Script script) {
        try (s) {
            InputStream in = s.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            }
            script.run(s.getOutputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the client hung up, as it should
        }
    }

    private static String rawUrl(ServerSocket socket) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/feed";
    }
}
