package app.dossier.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Everything about a feed's fetching that must survive a restart: the HTTP validators, the hash
 * of the last body, the error streak and its back-off, whether the publisher said the feed is
 * gone, and the permanent redirect being watched. The store keeps one per feed (keyed by the
 * internal feed id) and hands it back unchanged; the fetcher computes the next one.
 *
 * @param etag               the {@code ETag} exactly as the server sent it, or {@code null}
 * @param lastModified       the {@code Last-Modified} value exactly as sent, or {@code null}
 * @param validatorsStoredAt when the validators were last received; after eight days they are no
 *                           longer sent, so a server that answers 304 forever still gets a full GET
 * @param bodyHash           fingerprint ({@code BodyHash}) of the last decoded body, or {@code null}
 * @param failures           consecutive failures that count against the feed (not 429/503, not
 *                           offline)
 * @param backoffUntil       no scheduled check before this time, or {@code null}
 * @param gone               the server answered 410 Gone: polling stopped until the user asks
 * @param redirectCandidate  the permanent (301/308) redirect target seen on the last success
 * @param redirectStreak     on how many consecutive successful refreshes that target was seen
 * @param lastStatus         the last HTTP status, {@code 0} when none arrived
 * @param lastError          one line for the user about the last problem, {@code null} after a success
 */
public record FetchState(
        String etag,
        String lastModified,
        Instant validatorsStoredAt,
        String bodyHash,
        int failures,
        Instant backoffUntil,
        boolean gone,
        String redirectCandidate,
        int redirectStreak,
        int lastStatus,
        String lastError) {

    /** A feed never fetched. */
    public static final FetchState NEW = new FetchState(null, null, null, null, 0, null, false, null, 0, 0, null);

    /** How many consecutive refreshes must see the same permanent redirect before the URL moves. */
    public static final int REDIRECTS_BEFORE_MOVE = 2;

    /** The first back-off after a failure; it doubles with each further failure. */
    public static final Duration FIRST_BACKOFF = Duration.ofHours(1);

    /** The longest back-off. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(24);

    public FetchState {
        if (failures < 0 || redirectStreak < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * The back-off after {@code failures} consecutive failures: 1 h, 2 h, 4 h, 8 h, 16 h, then 24 h.
     */
    public static Duration backoff(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 5);
        Duration d = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /**
     * The state after a failure that counts against the feed (an HTTP error, DNS, TLS, a timeout,
     * a body that is not a feed, or a parse failure the pipeline reports).
     */
    public FetchState withFailure(Instant now, int status, String error) {
        int n = failures + 1;
        return new FetchState(etag, lastModified, validatorsStoredAt, bodyHash, n, now.plus(backoff(n)),
                gone, redirectCandidate, redirectStreak, status, error);
    }

    /**
     * The URL the feed should move to, or {@code null}: the permanent redirect target once it was
     * seen on {@link #REDIRECTS_BEFORE_MOVE} consecutive successful refreshes.
     */
    public String redirectToAdopt() {
        return redirectStreak >= REDIRECTS_BEFORE_MOVE ? redirectCandidate : null;
    }

    /** The state after the pipeline moved the feed to {@link #redirectToAdopt()}. */
    public FetchState withRedirectAdopted() {
        return new FetchState(etag, lastModified, validatorsStoredAt, bodyHash, failures, backoffUntil, gone,
                null, 0, lastStatus, lastError);
    }

    /** The state after the user asked to poll a gone feed again. */
    public FetchState withGoneCleared() {
        return new FetchState(etag, lastModified, validatorsStoredAt, bodyHash, failures, backoffUntil, false,
                redirectCandidate, redirectStreak, lastStatus, lastError);
    }
}
