package app.dossier.model;

import java.time.Duration;
import java.time.Instant;

/**
 * What a server's response says about when to ask again, read from its headers. Each part is
 * {@code null} when the header was absent or unreadable. The scheduler combines these with the
 * user's interval and the feed's own {@link PublishingHints}.
 *
 * @param maxAge     {@code Cache-Control: max-age} less the response's {@code Age}, never negative
 * @param expires    the {@code Expires} time (ignored by HTTP when max-age is present; so here)
 * @param retryAfter the time a 429 or 503 response's {@code Retry-After} asked us to wait until
 */
public record CacheHints(Duration maxAge, Instant expires, Instant retryAfter) {

    public static final CacheHints NONE = new CacheHints(null, null, null);
}
