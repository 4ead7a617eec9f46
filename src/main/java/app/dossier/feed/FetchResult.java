package app.dossier.feed;

import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one fetch produced. It never throws: every failure is an {@link Outcome} with a
 * {@link Problem} and a one-line {@link #message()} for the user. Call {@link #nextState} to get
 * the {@link FetchState} to store, and persist {@link #hostBackoff()} when it is not {@code null}.
 *
 * @param outcome           what the fetch means for the feed
 * @param problem           what went wrong technically, {@link Problem#NONE} on success
 * @param message           one line for the user, {@code null} on success
 * @param requestedUrl      the URL asked for
 * @param finalUrl          the URL that answered, after redirects
 * @param status            the last HTTP status, {@code 0} when no response arrived
 * @param etag              the {@code ETag} to store, byte-exact as received ({@code null}: none)
 * @param lastModified      the {@code Last-Modified} to store, byte-exact as received
 * @param validatorsStoredAt when the stored validators were received
 * @param body              the decoded body (UPDATED, UNCHANGED, HTML_PAGE), else {@code null};
 *                          the array is not copied: do not modify it
 * @param bodyHash          fingerprint ({@link BodyHash}) of the decoded body, else {@code null}
 * @param contentType       the {@code Content-Type} as sent, or {@code null}
 * @param wireBytes         body bytes received on the wire (compressed) across all hops
 * @param decodedBytes      body bytes after decompression
 * @param finishedAt        when the fetch ended
 * @param duration          time from the first request sent to the end (queue time excluded)
 * @param cache             freshness headers of the final response (and Retry-After), never null
 * @param permanentRedirect where an unbroken chain of 301/308 from the requested URL led, on a
 *                          successful fetch only; the feed may move there (see {@link FetchState})
 * @param hostBackoff       a new wait for a host (429/503) to persist, or {@code null}
 * @param advertisedFeeds   for an HTML page: the feeds it advertises, best first
 */
public record FetchResult(
        Outcome outcome,
        Problem problem,
        String message,
        String requestedUrl,
        String finalUrl,
        int status,
        String etag,
        String lastModified,
        Instant validatorsStoredAt,
        byte[] body,
        String bodyHash,
        String contentType,
        long wireBytes,
        long decodedBytes,
        Instant finishedAt,
        Duration duration,
        CacheHints cache,
        String permanentRedirect,
        HostBackoff hostBackoff,
        List<FeedCandidate> advertisedFeeds) {

    /** What a fetch means for the feed. */
    public enum Outcome {
        /** 200 with a body that differs from the last one (or the first one): parse it. */
        UPDATED,
        /** 200 with the same body as last time (same hash): nothing to parse. */
        UNCHANGED,
        /** 304: the server says nothing changed. */
        NOT_MODIFIED,
        /** 200 with an HTML page, not a feed; {@code advertisedFeeds} offers what it links to. */
        HTML_PAGE,
        /** 410: the publisher removed the feed; polling stops and the user is told. */
        GONE,
        /** 429 or 503: the host asked us to wait; not the feed's fault. */
        RATE_LIMITED,
        /** Not sent: the host is still inside its Retry-After wait. */
        HOST_WAITING,
        /** Could not connect and no server answered lately: probably offline; not counted. */
        OFFLINE,
        /** Anything else that went wrong; counts against the feed. */
        FAILED;

        /** Whether the feed is fine (including "not modified"). */
        public boolean isSuccess() {
            return this == UPDATED || this == UNCHANGED || this == NOT_MODIFIED;
        }
    }

    /** What went wrong technically. */
    public enum Problem {
        NONE, HTTP_STATUS, DNS, CONNECT, TLS, TIMEOUT, TOO_LARGE, REDIRECTS, DECODING, BAD_URL, NOT_A_FEED,
        NETWORK
    }

    public FetchResult {
        cache = cache == null ? CacheHints.NONE : cache;
        advertisedFeeds = advertisedFeeds == null ? List.of() : List.copyOf(advertisedFeeds);
    }

    /** This result without its body, once it is parsed: what is left is small. */
    public FetchResult withoutBody() {
        return body == null ? this : new FetchResult(outcome, problem, message, requestedUrl, finalUrl, status, etag,
                lastModified, validatorsStoredAt, null, bodyHash, contentType, wireBytes, decodedBytes, finishedAt,
                duration, cache, permanentRedirect, hostBackoff, advertisedFeeds);
    }

    /** Whether the pipeline should parse {@link #body()}. */
    public boolean needsParsing() {
        return outcome == Outcome.UPDATED;
    }

    /**
     * The state to store after this fetch. Successes clear the error streak and track the permanent
     * redirect; 410 sets {@code gone}; 429/503, a waiting host and being offline change nothing that
     * counts; every other failure counts and backs off (1 h doubling to 24 h). Validators are taken
     * from this result on a 200 and on a 304 that carried new ones.
     */
    public FetchState nextState(FetchState previous) {
        FetchState p = previous == null ? FetchState.NEW : previous;
        return switch (outcome) {
            case UPDATED, UNCHANGED, NOT_MODIFIED -> {
                String candidate = permanentRedirect;
                int streak = candidate == null ? 0
                        : candidate.equals(p.redirectCandidate()) ? p.redirectStreak() + 1 : 1;
                String hash = bodyHash != null ? bodyHash : p.bodyHash();
                yield new FetchState(etag, lastModified, validatorsStoredAt, hash, 0, null, false, candidate, streak,
                        status, null);
            }
            case GONE -> new FetchState(p.etag(), p.lastModified(), p.validatorsStoredAt(), p.bodyHash(),
                    p.failures(), p.backoffUntil(), true, p.redirectCandidate(), p.redirectStreak(), status, message);
            case RATE_LIMITED, HOST_WAITING, OFFLINE -> new FetchState(p.etag(), p.lastModified(),
                    p.validatorsStoredAt(), p.bodyHash(), p.failures(), p.backoffUntil(), p.gone(),
                    p.redirectCandidate(), p.redirectStreak(), status != 0 ? status : p.lastStatus(), message);
            case HTML_PAGE, FAILED -> p.withFailure(finishedAt, status, message);
        };
    }
}
