package app.dossier.feed;

import app.dossier.model.FetchState;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds the GET for one hop: an honest User-Agent, what we accept, the compressions we decode,
 * and the stored validators while they are fresh. No cookies and no Referer, ever. Pure.
 */
final class ConditionalRequest {

    static final String ACCEPT = "application/atom+xml, application/rss+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.2";

    private ConditionalRequest() {
    }

    /**
     * @throws IllegalArgumentException when the client refuses the address
     */
    static HttpRequest build(URI uri, Duration timeout, FetchSettings settings, FetchState stored, boolean force,
                             Instant now) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (sendValidators(settings, stored, force, now)) {
            trySetHeader(b, "If-None-Match", stored.etag());
            trySetHeader(b, "If-Modified-Since", stored.lastModified());
        }
        return b.build();
    }

    /** Validators go out unless forced or older than the limit (servers that answer 304 forever). */
    static boolean sendValidators(FetchSettings settings, FetchState stored, boolean force, Instant now) {
        Instant at = stored.validatorsStoredAt();
        return !force && at != null && Duration.between(at, now).compareTo(settings.validatorMaxAge()) < 0;
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
}
