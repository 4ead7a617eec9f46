package app.dossier.feed;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * One fetch from queue to result: waits for its slots, sends each hop, follows redirects itself,
 * enforces the whole-response deadline, decodes and classifies the answer. Every path ends in
 * exactly one {@link #finish}, which gives the slots back.
 *
 * <p>Threads: {@link #run} on any thread; everything after runs on the fetcher's executor or the
 * HTTP client's callbacks (which use the same executor). Fields touched from more than one
 * callback are volatile or guarded by this object's lock.
 */
final class FetchExchange {

    private static final String ACCEPT = "application/atom+xml, application/rss+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.2";

    private final FetchContext ctx;
    private final FetchRequest request;
    private final FetchState previous;
    private final CompletableFuture<FetchResult> done = new CompletableFuture<>();
    private final Set<String> visited = new HashSet<>();
    private final Deadline deadline = new Deadline(this);

    private long startNanos;
    private long deadlineNanos;
    private boolean holdsGlobal;
    private String heldHost;
    private volatile BodyCollector collector;
    private volatile CompletableFuture<?> sending;
    private volatile URI current;
    private volatile boolean started;
    private volatile long earlierHopsBytes;
    private int redirects;
    private String permanentTarget;
    private boolean permanentChain = true;

    FetchExchange(FetchContext ctx, FetchRequest request) {
        this.ctx = ctx;
        this.request = request;
        this.previous = request.state();
    }

    CompletableFuture<FetchResult> run() {
        URI uri = WebAddress.parse(request.url());
        if (uri == null) {
            finish(failure(Problem.BAD_URL, "not a web address: " + FeedFetcher.shorten(request.url())));
            return done;
        }
        current = uri;
        String host = WebAddress.host(uri);
        HostBackoff wait = ctx.backoffs().waiting(host, ctx.now());
        if (wait != null) {
            finish(hostWaiting(wait));
            return done;
        }
        ctx.queue().enter(host).thenRun(() -> {
            synchronized (this) {
                holdsGlobal = true;
                heldHost = host;
            }
        }).thenRunAsync(() -> {
            startNanos = ctx.nanoTime().getAsLong();
            started = true;
            long timeout = ctx.settings().responseTimeout().toNanos();
            deadlineNanos = startNanos + timeout;
            CompletableFuture.delayedExecutor(timeout, TimeUnit.NANOSECONDS, ctx.executor()).execute(deadline);
            send(uri);
        }, ctx.executor()).exceptionally(this::couldNotContinue);
        return done;
    }

    private void send(URI uri) {
        try {
            sendHop(uri);
        } catch (RuntimeException e) {
            finish(failure(Problem.NETWORK, "the request to " + WebAddress.host(uri) + " could not be sent"));
        }
    }

    /** The executor refused work (it is shutting down): end the fetch rather than leave it hanging. */
    private Void couldNotContinue(Throwable t) {
        finish(failure(Problem.NETWORK, "the fetch was stopped"));
        return null;
    }

    private void sendHop(URI uri) {
        if (done.isDone()) {
            return;
        }
        current = uri;
        visited.add(uri.toString());
        BodyCollector before = collector;
        if (before != null) {
            earlierHopsBytes += before.received();
            collector = null;
        }
        HttpRequest httpRequest;
        try {
            httpRequest = buildRequest(uri);
        } catch (IllegalArgumentException e) {
            finish(failure(Problem.BAD_URL, "not a web address we can fetch: " + FeedFetcher.shorten(uri.toString())));
            return;
        }
        HttpResponse.BodyHandler<GrowableBytes> handler = info -> {
            int status = info.statusCode();
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            BodyCollector c = new BodyCollector(ctx.settings().maxBodyBytes(), length, status >= 200 && status < 300);
            collector = c;
            if (done.isDone()) {
                c.abort(new CancellationException());
            }
            return c;
        };
        CompletableFuture<HttpResponse<GrowableBytes>> response = ctx.client().sendAsync(httpRequest, handler);
        sending = response;
        response.whenComplete((r, e) -> {
            try {
                received(uri, r, e);
            } catch (RuntimeException bug) {
                finish(failure(Problem.NETWORK, "the fetch failed unexpectedly"));
            }
        });
    }

    private HttpRequest buildRequest(URI uri) {
        long remaining = Math.max(1, deadlineNanos - ctx.nanoTime().getAsLong());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", ctx.settings().userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (sendValidators()) {
            trySetHeader(b, "If-None-Match", previous.etag());
            trySetHeader(b, "If-Modified-Since", previous.lastModified());
        }
        return b.build();
    }

    /** Validators go out unless forced or older than the limit (servers that answer 304 forever). */
    private boolean sendValidators() {
        Instant at = previous.validatorsStoredAt();
        return !request.force() && at != null
                && Duration.between(at, ctx.now()).compareTo(ctx.settings().validatorMaxAge()) < 0;
    }

    /**
     * Sets a validator exactly as it was received. The JDK client writes header values as ASCII, so
     * a validator with other bytes cannot go back byte-exact: it is left out (a plain GET is always
     * correct, only less economical).
     */
    private static void trySetHeader(HttpRequest.Builder b, String name, String value) {
        if (value == null || value.isEmpty() || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return;
        }
        try {
            b.header(name, value);
        } catch (IllegalArgumentException e) {
            // a value the client refuses is simply not sent
        }
    }

    private void received(URI uri, HttpResponse<GrowableBytes> response, Throwable error) {
        if (done.isDone()) {
            return;
        }
        if (error != null) {
            finish(fromException(uri, unwrap(error)));
            return;
        }
        ctx.network().answered();
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            redirect(uri, response);
        } else if (status == 304) {
            notModified(response);
        } else if (status >= 200 && status < 300) {
            body(response);
        } else if (status == 410) {
            finish(new Builder(response).build(Outcome.GONE, Problem.HTTP_STATUS,
                    "the publisher removed this feed (HTTP 410 Gone); it will not be checked again"));
        } else if (status == 429 || status == 503) {
            rateLimited(uri, response);
        } else {
            finish(new Builder(response).build(Outcome.FAILED, Problem.HTTP_STATUS,
                    "the server answered " + HttpStatusText.describe(status)));
        }
    }

    private void redirect(URI from, HttpResponse<GrowableBytes> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            finish(new Builder(response).build(Outcome.FAILED, Problem.REDIRECTS,
                    "the server redirected (HTTP " + status + ") without saying where"));
            return;
        }
        URI target = WebAddress.resolve(from, location);
        if (target == null) {
            finish(new Builder(response).build(Outcome.FAILED, Problem.REDIRECTS,
                    "the server redirected to an address we cannot fetch: " + FeedFetcher.shorten(location)));
            return;
        }
        if (visited.contains(target.toString())) {
            finish(new Builder(response).build(Outcome.FAILED, Problem.REDIRECTS,
                    "the server redirects in a loop (back to " + FeedFetcher.shorten(target.toString()) + ")"));
            return;
        }
        if (++redirects > ctx.settings().maxRedirects()) {
            finish(new Builder(response).build(Outcome.FAILED, Problem.REDIRECTS,
                    "more than " + ctx.settings().maxRedirects() + " redirects"));
            return;
        }
        if (permanentChain && (status == 301 || status == 308)) {
            permanentTarget = target.toString();
        } else {
            permanentChain = false;
        }
        String fromHost = WebAddress.host(from);
        String toHost = WebAddress.host(target);
        HostBackoff wait = ctx.backoffs().waiting(toHost, ctx.now());
        if (wait != null) {
            finish(hostWaiting(wait));
            return;
        }
        if (fromHost.equals(toHost)) {
            send(target);
            return;
        }
        synchronized (this) {
            heldHost = null;
        }
        ctx.queue().move(fromHost, toHost).thenRunAsync(() -> {
            boolean late;
            synchronized (this) {
                late = done.isDone();
                if (!late) {
                    heldHost = toHost;
                }
            }
            if (late) {
                ctx.queue().leaveHost(toHost);
            } else {
                send(target);
            }
        }, ctx.executor()).exceptionally(this::couldNotContinue);
    }

    private void notModified(HttpResponse<GrowableBytes> response) {
        Builder b = new Builder(response);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        boolean fresh = etag != null && !etag.equals(previous.etag())
                || lastModified != null && !lastModified.equals(previous.lastModified());
        if (fresh) {
            b.etag = etag != null ? etag : previous.etag();
            b.lastModified = lastModified != null ? lastModified : previous.lastModified();
            b.validatorsStoredAt = ctx.now();
        }
        b.permanentRedirect = permanentTarget;
        finish(b.build(Outcome.NOT_MODIFIED, Problem.NONE, null));
    }

    private void body(HttpResponse<GrowableBytes> response) {
        Builder b = new Builder(response);
        GrowableBytes wire = response.body();
        byte[] decoded;
        try {
            decoded = BodyDecoder.decode(wire.array(), wire.size(),
                    response.headers().firstValue("Content-Encoding").orElse(null), ctx.settings().maxBodyBytes());
        } catch (BodyTooLargeException e) {
            finish(b.build(Outcome.FAILED, Problem.TOO_LARGE, e.getMessage()));
            return;
        } catch (IOException e) {
            finish(b.build(Outcome.FAILED, Problem.DECODING,
                    "the response could not be decompressed (corrupt or unsupported encoding)"));
            return;
        }
        b.body = decoded;
        b.decodedBytes = decoded.length;
        b.bodyHash = BodyHash.sha256(decoded);
        ContentSniffer.Kind kind = ContentSniffer.sniff(decoded, b.contentType);
        if (kind == ContentSniffer.Kind.HTML) {
            List<FeedCandidate> feeds = FeedLinks.ranked(FeedLinks.advertised(decoded, b.contentType, current), current);
            b.advertisedFeeds = feeds;
            String offer = feeds.isEmpty() ? "" : feeds.size() == 1 ? " that advertises a feed"
                    : " that advertises " + feeds.size() + " feeds";
            finish(b.build(Outcome.HTML_PAGE, Problem.NOT_A_FEED, "not a feed but a web page" + offer));
            return;
        }
        b.etag = response.headers().firstValue("ETag").orElse(null);
        b.lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        b.validatorsStoredAt = ctx.now();
        b.permanentRedirect = permanentTarget;
        boolean same = !request.force() && b.bodyHash.equals(previous.bodyHash());
        finish(b.build(same ? Outcome.UNCHANGED : Outcome.UPDATED, Problem.NONE, null));
    }

    private void rateLimited(URI uri, HttpResponse<GrowableBytes> response) {
        Instant now = ctx.now();
        Instant asked = CacheHeaders.retryAfter(response.headers().firstValue("Retry-After").orElse(null), now);
        Instant until = asked != null ? asked : now.plus(ctx.settings().defaultRetryAfter());
        Instant longest = now.plus(ctx.settings().maxRetryAfter());
        if (until.isAfter(longest)) {
            until = longest;
        }
        Builder b = new Builder(response);
        b.hostBackoff = ctx.backoffs().record(WebAddress.host(uri), until);
        b.cache = new CacheHints(b.cache.maxAge(), b.cache.expires(), b.hostBackoff.until());
        String minutes = FeedFetcher.roughDuration(Duration.between(now, b.hostBackoff.until()));
        finish(b.build(Outcome.RATE_LIMITED, Problem.HTTP_STATUS, "the server answered "
                + HttpStatusText.describe(response.statusCode()) + "; waiting " + minutes + " before asking "
                + WebAddress.host(uri) + " again"));
    }

    private FetchResult hostWaiting(HostBackoff wait) {
        Builder b = new Builder(null);
        b.cache = new CacheHints(null, null, wait.until());
        return b.build(Outcome.HOST_WAITING, Problem.NONE, wait.host() + " asked us to wait; next try after "
                + FeedFetcher.roughDuration(Duration.between(ctx.now(), wait.until())));
    }

    private FetchResult fromException(URI uri, Throwable t) {
        String host = WebAddress.host(uri);
        if (t instanceof BodyTooLargeException) {
            return failure(Problem.TOO_LARGE, t.getMessage());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return connectFailure(Problem.CONNECT, "could not connect to " + host + " within "
                    + FeedFetcher.roughDuration(ctx.settings().connectTimeout()));
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException || t instanceof CancellationException) {
            return timeout();
        }
        if (has(t, UnresolvedAddressException.class) || has(t, UnknownHostException.class)) {
            return connectFailure(Problem.DNS, "could not find the server " + host);
        }
        if (has(t, SSLException.class)) {
            return failure(Problem.TLS, "the secure connection to " + host
                    + " failed (certificate or protocol problem)");
        }
        if (has(t, ConnectException.class) || has(t, NoRouteToHostException.class)) {
            return connectFailure(Problem.CONNECT, "could not connect to " + host);
        }
        return failure(Problem.NETWORK, "the connection to " + host + " broke off");
    }

    private FetchResult connectFailure(Problem problem, String message) {
        if (ctx.network().connectFailedCounts()) {
            return failure(problem, message);
        }
        return new Builder(null).build(Outcome.OFFLINE, problem, "offline? " + message);
    }

    private FetchResult timeout() {
        return failure(Problem.TIMEOUT, "no complete answer from " + WebAddress.host(current) + " within "
                + FeedFetcher.roughDuration(ctx.settings().responseTimeout()));
    }

    private FetchResult failure(Problem problem, String message) {
        return new Builder(null).build(Outcome.FAILED, problem, message);
    }

    private void deadlinePassed() {
        if (done.isDone()) {
            return;
        }
        BodyCollector c = collector;
        if (c != null) {
            c.abort(new TimeoutException());
        }
        CompletableFuture<?> s = sending;
        if (s != null) {
            s.cancel(true);
        }
        finish(timeout());
    }

    private void finish(FetchResult result) {
        if (!done.complete(result)) {
            return;
        }
        deadline.exchange = null;
        String host;
        boolean global;
        synchronized (this) {
            host = heldHost;
            global = holdsGlobal;
            heldHost = null;
            holdsGlobal = false;
        }
        if (global) {
            ctx.queue().leave(host);
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }

    /**
     * The deadline timer's task. The JDK's delay queue holds it until the deadline even when the
     * fetch ended long before; it lets go of the exchange (and its body) as soon as the fetch ends.
     */
    private static final class Deadline implements Runnable {
        volatile FetchExchange exchange;

        Deadline(FetchExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void run() {
            FetchExchange e = exchange;
            if (e != null) {
                e.deadlinePassed();
            }
        }
    }

    /** Collects the parts of a result; starts from the previous validators and the last response. */
    private final class Builder {
        int status;
        String etag = previous.etag();
        String lastModified = previous.lastModified();
        Instant validatorsStoredAt = previous.validatorsStoredAt();
        byte[] body;
        String bodyHash;
        String contentType;
        long decodedBytes;
        CacheHints cache = CacheHints.NONE;
        String permanentRedirect;
        HostBackoff hostBackoff;
        List<FeedCandidate> advertisedFeeds = List.of();

        Builder(HttpResponse<?> response) {
            if (response != null) {
                status = response.statusCode();
                contentType = response.headers().firstValue("Content-Type").orElse(null);
                cache = CacheHeaders.read(response.headers(), ctx.now(), false);
            }
        }

        FetchResult build(Outcome outcome, Problem problem, String message) {
            long end = ctx.nanoTime().getAsLong();
            Duration duration = started ? Duration.ofNanos(Math.max(0, end - startNanos)) : Duration.ZERO;
            URI at = current;
            BodyCollector c = collector;
            long wireBytes = earlierHopsBytes + (c == null ? 0 : c.received());
            return new FetchResult(outcome, problem, message, request.url(), at == null ? request.url() : at.toString(),
                    status, etag, lastModified, validatorsStoredAt, body, bodyHash, contentType, wireBytes, decodedBytes,
                    ctx.now(), duration, cache, permanentRedirect, hostBackoff, advertisedFeeds);
        }
    }
}
