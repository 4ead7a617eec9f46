package app.dossier.feed;

import java.time.Clock;
import java.time.Duration;

/**
 * The limits and politeness rules of a {@link FeedFetcher}, validated when built. Production uses
 * {@link #defaults()}; tests shorten the timeouts and spacing with the {@code with…} methods.
 *
 * @param connectTimeout    how long to wait for a TCP (and TLS) connection
 * @param responseTimeout   the whole fetch, redirects and body included; a server that drips
 *                          bytes slowly is cut off here
 * @param maxBodyBytes      the most bytes accepted after decompression (and on the wire)
 * @param maxRedirects      redirects followed before giving up
 * @param perHostLimit      requests in flight to one host at once (HTTP/1.1: connections)
 * @param globalLimit       requests in flight in total
 * @param startSpacing      after an idle moment, the first {@code globalLimit} fetches start this far
 *                          apart, so a refresh of everything at start-up ramps up instead of opening
 *                          every connection at once
 * @param validatorMaxAge   validators older than this are not sent (servers that answer 304 forever)
 * @param defaultRetryAfter how long a host that answered 429/503 without {@code Retry-After} waits
 * @param maxRetryAfter     the longest wait a {@code Retry-After} may impose
 * @param networkProofAge   how long after any response the network counts as working: connection
 *                          failures count against a feed only while it does
 * @param userAgent         the {@code User-Agent} header
 * @param clock             the source of "now" for validators, back-offs and Retry-After
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration responseTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int perHostLimit,
        int globalLimit,
        Duration startSpacing,
        Duration validatorMaxAge,
        Duration defaultRetryAfter,
        Duration maxRetryAfter,
        Duration networkProofAge,
        String userAgent,
        Clock clock) {

    /** 20 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;

    public FetchSettings {
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(responseTimeout, "response timeout");
        requireNotNegative(startSpacing, "start spacing");
        requirePositive(validatorMaxAge, "validator age");
        requirePositive(defaultRetryAfter, "default Retry-After");
        requirePositive(maxRetryAfter, "longest Retry-After");
        requirePositive(networkProofAge, "network proof age");
        if (maxBodyBytes <= 0 || maxRedirects < 0 || perHostLimit <= 0 || globalLimit <= 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
        if (userAgent == null || userAgent.isBlank() || clock == null) {
            throw new IllegalArgumentException("a user agent and a clock are required");
        }
    }

    /** Connect 10 s, whole response 30 s, 20 MB, 5 redirects, 2 per host, 16 in all, ramp 10 ms apart. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY_BYTES, 5, 2, 16,
                Duration.ofMillis(10), Duration.ofDays(8), Duration.ofMinutes(30), Duration.ofHours(24),
                Duration.ofMinutes(10), FeedFetcher.defaultUserAgent(), Clock.systemUTC());
    }

    public FetchSettings withTimeouts(Duration connect, Duration response) {
        return new FetchSettings(connect, response, maxBodyBytes, maxRedirects, perHostLimit, globalLimit,
                startSpacing, validatorMaxAge, defaultRetryAfter, maxRetryAfter, networkProofAge, userAgent, clock);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, responseTimeout, bytes, maxRedirects, perHostLimit, globalLimit,
                startSpacing, validatorMaxAge, defaultRetryAfter, maxRetryAfter, networkProofAge, userAgent, clock);
    }

    public FetchSettings withLimits(int perHost, int global, Duration spacing) {
        return new FetchSettings(connectTimeout, responseTimeout, maxBodyBytes, maxRedirects, perHost, global,
                spacing, validatorMaxAge, defaultRetryAfter, maxRetryAfter, networkProofAge, userAgent, clock);
    }

    public FetchSettings withClock(Clock newClock) {
        return new FetchSettings(connectTimeout, responseTimeout, maxBodyBytes, maxRedirects, perHostLimit,
                globalLimit, startSpacing, validatorMaxAge, defaultRetryAfter, maxRetryAfter, networkProofAge,
                userAgent, newClock);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }

    private static void requireNotNegative(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
    }
}
