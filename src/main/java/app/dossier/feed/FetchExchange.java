package app.dossier.feed;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    private final FetchContext ctx;
    private final FetchRequest request;
    private final FetchState previous;
    private final CompletableFuture<FetchResult> done = new CompletableFuture<>();
    private final RedirectTrail redirects;
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

    FetchExchange(FetchContext ctx, FetchRequest request) {
        this.ctx = ctx;
        this.request = request;
        this.previous = request.state();
        this.redirects = new RedirectTrail(ctx.settings().maxRedirects());
    }

    /** Ends the fetch before it starts: the fetcher was closed. */
    CompletableFuture<FetchResult> refuse() {
        finish(failure(Problem.NETWORK, "the fetch was stopped: the network client is closed"));
        return done;
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
            // The host may have asked us to wait (429/503 to another feed) while this one queued for it.
            HostBackoff waitNow = ctx.backoffs().waiting(host, ctx.now());
            if (waitNow != null) {
                finish(hostWaiting(waitNow));
                return;
            }
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
        redirects.visit(uri);
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
        return ConditionalRequest.build(uri, Duration.ofNanos(remaining), ctx.settings(), previous, request.force(),
                ctx.now());
    }

    private void received(URI uri, HttpResponse<GrowableBytes> response, Throwable error) {
        if (done.isDone()) {
            return;
        }
        if (error != null) {
            NetworkFailure failure = NetworkFailure.of(error, WebAddress.host(uri), ctx.settings());
            if (failure.connectLevel()) {
                connectFailure(failure);
            } else {
                finish(failure(failure.problem(), failure.message()));
            }
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
        RedirectTrail.Step step = redirects.follow(from, response.statusCode(),
                response.headers().firstValue("Location").orElse(null));
        if (step.target() == null) {
            finish(new Builder(response).build(Outcome.FAILED, Problem.REDIRECTS, step.problem()));
            return;
        }
        URI target = step.target();
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
            HostBackoff waitNow = late ? null : ctx.backoffs().waiting(toHost, ctx.now());
            if (late) {
                ctx.queue().leaveHost(toHost);
            } else if (waitNow != null) {
                finish(hostWaiting(waitNow)); // asked to wait while this redirect queued for the host
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
        b.permanentRedirect = redirects.permanentTarget();
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
        b.bodyHash = BodyHash.of(decoded);
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
        b.permanentRedirect = redirects.permanentTarget();
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

    /**
     * Ends the fetch as the host's failure or as being offline, which the network status may only
     * tell a moment later (see {@link NetworkStatus}); the connection slot is given back at once.
     */
    private void connectFailure(NetworkFailure f) {
        releaseSlot();
        ctx.network().connectFailedCounts().whenCompleteAsync((counts, e) -> finish(Boolean.TRUE.equals(counts)
                ? failure(f.problem(), f.message())
                : new Builder(null).build(Outcome.OFFLINE, f.problem(), "offline? " + f.message())), ctx.executor())
                .exceptionally(t -> {
                    couldNotContinue(t);
                    return null;
                });
    }

    private FetchResult timeout() {
        NetworkFailure f = NetworkFailure.timeout(WebAddress.host(current), ctx.settings());
        return failure(f.problem(), f.message());
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
        releaseSlot();
    }

    /** Gives back the connection slot this fetch holds, if any. */
    private void releaseSlot() {
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
