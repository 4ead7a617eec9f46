package app.dossier.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for network tests. It records every request, counts the
 * requests being served at once (the fetcher uses HTTP/1.1, so that is the number of connections
 * busy), and answers 404 to paths nobody registered.
 */
public final class LoopbackServer implements AutoCloseable {

    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it; header names are as {@link Headers} normalises them. */
    public record Seen(String method, String path, Map<String, List<String>> headers, long nanoTime) {
        public String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 100);
        server.setExecutor(pool);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public LoopbackServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Seen> requests(String path) {
        return requests().stream().filter(s -> s.path().equals(path)).toList();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            String path = exchange.getRequestURI().getRawPath();
            seen.add(new Seen(exchange.getRequestMethod(), path, headers, System.nanoTime()));
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            Handler h = handlers.get(path);
            if (h == null) {
                send(exchange, 404, "not here".getBytes());
            } else {
                h.handle(exchange);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Sends {@code status} with {@code body} and the given header name/value pairs. */
    public static void send(HttpExchange exchange, int status, byte[] body, String... headerPairs) throws IOException {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        boolean noBody = status == 304 || status == 204 || body == null;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static Handler answer(int status, byte[] body, String... headerPairs) {
        return ex -> send(ex, status, body, headerPairs);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
